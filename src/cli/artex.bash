# bash completion for artex; installed as share/bash-completion/completions/artex.
# Format and schema names come from the installed artex itself, so they stay
# in step with its readers, exporters and bundled schemas.

_artex_words() # prints the names listed in "artex help COMMAND" after LABEL
{
	"$1" help "$2" 2>/dev/null | sed -n "s/.*$3.*): *//p" | head -n 1
}

_artex()
{
	local cur prev cmd i
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	cmd=
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		-*) ;;
		*)
			cmd=${COMP_WORDS[i]}
			break
			;;
		esac
	done

	if [[ -z $cmd ]]; then
		COMPREPLY=($(compgen -W 'convert validate explain schemas help --help --version' -- "$cur"))
		return
	fi

	case $cmd in
	convert)
		case $prev in
		-t | --to)
			COMPREPLY=($(compgen -W "$(_artex_words "${COMP_WORDS[0]}" convert 'output formats')" -- "${cur##*,}"))
			return
			;;
		-f | --from)
			COMPREPLY=($(compgen -W "$(_artex_words "${COMP_WORDS[0]}" convert 'input format')" -- "$cur"))
			return
			;;
		-o | --output | --bag)
			COMPREPLY=($(compgen -d -- "$cur"))
			return
			;;
		--profile)
			COMPREPLY=($(compgen -W 'plain' -- "$cur"))
			return
			;;
		-j | --jobs | --include | --exclude | --base-iri | --lang | --bag-info)
			return
			;;
		--people)
			COMPREPLY=($(compgen -f -- "$cur"))
			return
			;;
		esac
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W '--to --from --output --jobs --include --exclude
				--incremental --fail-fast --fsync --check-only --format --ndjson --base-iri
				--profile --lang --people --no-extract --body-from-description --timestamp
				--bag --bag-include-source --bag-info --dump-blocks
				--quiet --no-warnings --verbose --help' -- "$cur"))
			return
		fi
		;;
	validate)
		case $prev in
		-s | --schema | --preload)
			COMPREPLY=($(compgen -f -- "$cur"))
			return
			;;
		--schema-dir)
			COMPREPLY=($(compgen -d -- "$cur"))
			return
			;;
		--dialect)
			COMPREPLY=($(compgen -W '2020-12 2019-09 7 6 4' -- "$cur"))
			return
			;;
		--format)
			COMPREPLY=($(compgen -W 'text json junit github sarif' -- "$cur"))
			return
			;;
		--profile)
			COMPREPLY=($(compgen -W 'google' -- "$cur"))
			return
			;;
		-j | --jobs | --ref-map)
			return
			;;
		esac
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W '--schema --ref-map --schema-dir --preload --dialect
				--spec-strict --assert-format --all-errors --verbose --schema-check --format
				--profile --consistent --bag --jobs --help' -- "$cur"))
			return
		fi
		# validate --bag takes folders
		local w
		for w in "${COMP_WORDS[@]}"; do
			if [[ $w == --bag ]]; then
				COMPREPLY=($(compgen -d -- "$cur"))
				return
			fi
		done
		;;
	schemas)
		if [[ $prev == show ]]; then
			COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" schemas list 2>/dev/null)" -- "$cur"))
		elif [[ $prev == schemas ]]; then
			COMPREPLY=($(compgen -W 'list show path --help' -- "$cur"))
		fi
		return
		;;
	help)
		[[ $prev == help ]] &&
			COMPREPLY=($(compgen -W 'convert validate explain schemas' -- "$cur"))
		return
		;;
	explain)
		return
		;;
	esac
	COMPREPLY=($(compgen -f -- "$cur"))
}

complete -o filenames -F _artex artex
