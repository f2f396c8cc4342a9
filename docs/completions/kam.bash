#!/bin/bash

__kam_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__kam_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__kam_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__kam_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_kam() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __kam_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    init|client|log|import|events|clients|key-accounts|value|show|explain|risk|prospects|service|attention|report|stage|transitions|policy|retract|undo|decide|audit|replay|verify|status|rebuild|refresh|migrate|demo|topics|help)
        # Offer subcommand argument completions
        "_kam_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'init client log import events clients key-accounts value show explain risk prospects service attention report stage transitions policy retract undo decide audit replay verify status rebuild refresh migrate demo topics help' -- "${cur}"))
        ;;
    esac
}

_kam_init() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --currency)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--currency')
        return
        ;;
    esac
}

_kam_client() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __kam_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|assess|strategic|rename|reassign|update)
        # Offer subcommand argument completions
        "_kam_client_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add assess strategic rename reassign update' -- "${cur}"))
        ;;
    esac
}

_kam_client_add() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --prospect --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --name --segment --owner --on --win-probability --expected-value)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--name')
        return
        ;;
    '--segment')
        return
        ;;
    '--owner')
        return
        ;;
    '--on')
        return
        ;;
    '--win-probability')
        return
        ;;
    '--expected-value')
        return
        ;;
    esac
}

_kam_client_assess() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --attractiveness --standing --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--attractiveness')
        return
        ;;
    '--standing')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_client_strategic() {
    repeating_flags=()
    non_repeating_flags=(--wide --clear --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --reason --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--reason')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_client_rename() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --name --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--name')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_client_reassign() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --owner --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--owner')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_client_update() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --segment --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--segment')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_log() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __kam_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    sale|meeting|complaint|resolution|negotiation|initiative)
        # Offer subcommand argument completions
        "_kam_log_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'sale meeting complaint resolution negotiation initiative' -- "${cur}"))
        ;;
    esac
}

_kam_log_sale() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --free-delivery --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --amount --cost --on --ref --note)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--amount')
        return
        ;;
    '--cost')
        return
        ;;
    '--on')
        return
        ;;
    '--ref')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_kam_log_meeting() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --kind --minutes --cost --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--kind')
        __kam_add_completions -W 'visit'$'\n''call'$'\n''workshop'$'\n''review'
        return
        ;;
    '--minutes')
        return
        ;;
    '--cost')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_log_complaint() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --severity --about --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--severity')
        __kam_add_completions -W 'low'$'\n''medium'$'\n''high'
        return
        ;;
    '--about')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_log_resolution() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --cost --on)
    __kam_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--cost')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_log_negotiation() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --list --asked --granted --outcome --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--list')
        return
        ;;
    '--asked')
        return
        ;;
    '--granted')
        return
        ;;
    '--outcome')
        __kam_add_completions -W 'won'$'\n''lost'$'\n''open'
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_log_initiative() {
    repeating_flags=()
    non_repeating_flags=(--wide --allow-old-date --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --kind --from --to --end --on)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--kind')
        __kam_add_completions -W 'joint-team'$'\n''shared-warehouse'$'\n''co-development'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--end')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_kam_import() {
    repeating_flags=()
    non_repeating_flags=(--wide --dry-run --skip-bad --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --rules --rejects)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--rules')
        return
        ;;
    '--rejects')
        return
        ;;
    esac
}

_kam_events() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=(--type)
    non_repeating_options=(--db --today --as-of --known-at -O --output-format -p --period --begin --end --actor --command --by)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--type')
        return
        ;;
    '--actor')
        return
        ;;
    '--command')
        return
        ;;
    '--by')
        __kam_add_completions -W 'seq'$'\n''occurred'
        return
        ;;
    esac
}

_kam_clients() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --owner --segment --stage --class --limit -p --period --begin --end --sort)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--owner')
        return
        ;;
    '--segment')
        return
        ;;
    '--stage')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '--class')
        __kam_add_completions -W 'A'$'\n''B'$'\n''C'
        return
        ;;
    '--limit')
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--sort')
        __kam_add_completions -W 'profit'$'\n''revenue'$'\n''cost-to-serve'$'\n''risk'$'\n''name'$'\n''client'
        return
        ;;
    esac
}

_kam_key-accounts() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --owner --segment --stage --class --limit -p --period --begin --end --sort)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--owner')
        return
        ;;
    '--segment')
        return
        ;;
    '--stage')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '--class')
        __kam_add_completions -W 'A'$'\n''B'$'\n''C'
        return
        ;;
    '--limit')
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--sort')
        __kam_add_completions -W 'profit'$'\n''revenue'$'\n''cost-to-serve'$'\n''risk'$'\n''name'$'\n''client'
        return
        ;;
    esac
}

_kam_value() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --owner --segment --stage --class --limit -p --period --begin --end --sort)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--owner')
        return
        ;;
    '--segment')
        return
        ;;
    '--stage')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '--class')
        __kam_add_completions -W 'A'$'\n''B'$'\n''C'
        return
        ;;
    '--limit')
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--sort')
        __kam_add_completions -W 'profit'$'\n''revenue'$'\n''cost-to-serve'$'\n''client'
        return
        ;;
    esac
}

_kam_show() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_explain() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_risk() {
    repeating_flags=()
    non_repeating_flags=(--wide --all --model --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --sort --owner --segment --stage --class --limit)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--sort')
        __kam_add_completions -W 'value-at-stake'$'\n''risk'
        return
        ;;
    '--owner')
        return
        ;;
    '--segment')
        return
        ;;
    '--stage')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '--class')
        __kam_add_completions -W 'A'$'\n''B'$'\n''C'
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_kam_prospects() {
    repeating_flags=()
    non_repeating_flags=(--wide --model --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_service() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --owner --by -p --period --begin --end)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--owner')
        return
        ;;
    '--by')
        __kam_add_completions -W 'owner'
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    esac
}

_kam_attention() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --interval -p --period --begin --end --owner)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--interval')
        __kam_add_completions -W 'monthly'$'\n''quarterly'$'\n''yearly'
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--owner')
        return
        ;;
    esac
}

_kam_report() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --html -p --period --begin --end)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--html')
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    esac
}

_kam_stage() {
    repeating_flags=()
    non_repeating_flags=(--wide --history --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_transitions() {
    repeating_flags=()
    non_repeating_flags=(--wide --summary --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --client --from --to -p --period --begin --end --interval)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--client')
        return
        ;;
    '--from')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '--to')
        __kam_add_completions -W 'prospect'$'\n''transactional'$'\n''cooperation'$'\n''partnership'$'\n''synergy'$'\n''lapsed'
        return
        ;;
    '-p'|'--period')
        return
        ;;
    '--begin')
        return
        ;;
    '--end')
        return
        ;;
    '--interval')
        __kam_add_completions -W 'monthly'$'\n''quarterly'$'\n''yearly'
        return
        ;;
    esac
}

_kam_policy() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __kam_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|set)
        # Offer subcommand argument completions
        "_kam_policy_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show set' -- "${cur}"))
        ;;
    esac
}

_kam_policy_show() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_policy_set() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_retract() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --reason)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_kam_undo() {
    repeating_flags=()
    non_repeating_flags=(--wide --redo --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_decide() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --kind --note)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--kind')
        __kam_add_completions -W 'designate-key-account'$'\n''drop-key-account'$'\n''approve-discount'$'\n''reduce-contact'$'\n''increase-contact'$'\n''reassign-owner'
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_kam_audit() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_replay() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --policy)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--policy')
        return
        ;;
    esac
}

_kam_verify() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --expect-head)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--expect-head')
        return
        ;;
    esac
}

_kam_status() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_rebuild() {
    repeating_flags=()
    non_repeating_flags=(--wide --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_refresh() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_migrate() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --from --to)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    esac
}

_kam_demo() {
    repeating_flags=()
    non_repeating_flags=(--wide --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format --clients --years --seed)
    __kam_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    '--clients')
        return
        ;;
    '--years')
        return
        ;;
    '--seed')
        return
        ;;
    esac
}

_kam_topics() {
    repeating_flags=()
    non_repeating_flags=(--wide --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --today --as-of --known-at -O --output-format)
    __kam_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--today')
        return
        ;;
    '--as-of')
        return
        ;;
    '--known-at')
        return
        ;;
    '-O'|'--output-format')
        __kam_add_completions -W 'table'$'\n''json'$'\n''csv'
        return
        ;;
    esac
}

_kam_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __kam_offer_flags_options -1
}

complete -o filenames -F _kam kam
