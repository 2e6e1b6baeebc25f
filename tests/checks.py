"""What the Python test scripts share: counted checks, a closing line, and
running the artex binary."""
import subprocess
import sys


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what)

    def finish(self, detail=""):
        """Prints the counts and exits 1 when a check failed."""
        print("%d passed, %d failed%s" % (self.passed, self.failed, detail))
        sys.exit(1 if self.failed else 0)


def runner(binary):
    """run(*args, ok=True, cwd=None): binary's result; with ok, a failure raises."""
    def run(*args, ok=True, cwd=None):
        p = subprocess.run([binary] + list(args), capture_output=True, cwd=cwd)
        if ok and p.returncode != 0:
            raise RuntimeError("%s: %s" % (" ".join(args), p.stderr.decode()))
        return p
    return run
