#compdef kam

__kam_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__kam_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __kam_complete "${completions[@]:0:-1}"
    fi
}

__kam_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_kam() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'init:Create the book (nothing changes when it exists already).'
            'client:Register clients and prospects; assess, mark, rename and reassign them.'
            'log:Log a sale, meeting, complaint, resolution, negotiation or joint initiative.'
            'import:Import a CSV of events through a rules file (see docs/import.md).'
            'events:Show the raw log, optionally for one client and a period.'
            'clients:One row per client: stage, value, Pareto class, key-account reasons, churn risk.'
            'key-accounts:The key clients and why: top profit, potential, likely win, strategic.'
            'value:Profitability per client and cumulative profit share (the whale curve'\''s data).'
            'show:Show one client: its figures, stages (entered, exited, time in stage) and events.'
            'explain:Explain a client'\''s stage, key-account reasons, service verdict, fit and risk: the rules and the events.'
            'risk:Churn risk of loyal clients (everyone with --all), with reasons and value at stake; --model shows the models.'
            'prospects:The key-client profile, and each open prospect'\''s and first-year client'\''s fit to it; --model shows the profile.'
            'service:Service received against value per client (over-served, under-served, balanced); --by owner: each owner'\''s split and a what-if.'
            'attention:How meetings and cost to serve split between new acquisition and loyal clients, per owner and period.'
            'report:Write the portfolio as one self-contained HTML file of charts and tables.'
            'stage:Show a client'\''s relationship stage now (or --as-of), or its whole history.'
            'transitions:List stage transitions over time, or count them per period.'
            'policy:Show the scoring policy in force, or put a new one in force (see docs/policy.md).'
            'retract:Retract one event: it stops counting, and nothing is deleted.'
            'undo:Take back your last command with compensating events; again for the one before it.'
            'decide:Record a decision about a client, with the figures kam shows for it now.'
            'audit:Replay a decision: what kam showed then, what it shows now, and why they differ.'
            'replay:Replay the whole history under a candidate policy and show what would differ.'
            'verify:Check the log'\''s integrity: hash chain, sequence numbers, stream versions.'
            'status:Show the number of events and each projection'\''s checkpoint and lag.'
            'rebuild:Rebuild the projections from the log, atomically.'
            'refresh:Keep today'\''s listings of the log as it stands, so that the next queries read them.'
            'migrate:Copy a book between SQLite and PostgreSQL, verifying the chain on arrival.'
            'demo:Fill a new book with a realistic simulated history (see docs/simulation.md).'
            'topics:Pages on what many commands share: periods, money, exit statuses.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        init|client|log|import|events|clients|key-accounts|value|show|explain|risk|prospects|service|attention|report|stage|transitions|policy|retract|undo|decide|audit|replay|verify|status|rebuild|refresh|migrate|demo|topics|help)
            "_kam_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_kam_init() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--currency[The currency of every amount in the book.]:code:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'add:Register a client, or a prospect (not yet a client).'
            'assess:Assess a client'\''s attractiveness to us and our standing in its eyes (0–100 each).'
            'strategic:Mark a client as strategic (with a reason), or clear the mark.'
            'rename:Give a client a new display name, recorded as an event.'
            'reassign:Give a client a new account owner, recorded as an event.'
            'update:Move a client to another market segment, recorded as an event.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        add|assess|strategic|rename|reassign|update)
            "_kam_client_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_kam_client_add() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--name[The client'\''s name.]:name:'
        '--segment[Market segment.]:segment:'
        '--owner[The account owner.]:owner:'
        '--on[The day of registration (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--prospect[Register a prospect rather than a client.]'
        '--win-probability[A prospect'\''s chance of being won, 0–1.]:p:'
        '--expected-value[A prospect'\''s expected yearly revenue.]:amount:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client_assess() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--attractiveness[How attractive the client is to us, 0–100 (our weighted criteria).]:attractiveness:'
        '--standing[How the client rates us as a supplier, 0–100 (its criteria).]:standing:'
        '--on[The day of the assessment (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client_strategic() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--reason[Why the client matters beyond its profit, e.g. its reference value.]:reason:'
        '--clear[Remove the strategic mark.]'
        '--on[The day it takes effect (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client_rename() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--name[The client'\''s new name.]:name:'
        '--on[The day it takes effect (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client_reassign() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--owner[The client'\''s new account owner.]:owner:'
        '--on[The day it takes effect (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_client_update() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--segment[The client'\''s new market segment.]:segment:'
        '--on[The day it takes effect (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'sale:Log a sale: its net amount and cost of goods.'
            'meeting:Log a meeting; its cost to serve is --cost, else minutes × the policy'\''s hourly rate.'
            'complaint:Log a complaint; prints its id, for `kam log resolution`.'
            'resolution:Resolve a complaint; --cost is compensation and handling.'
            'negotiation:Log a price negotiation: list amount, discount asked and granted, outcome.'
            'initiative:Log a joint initiative (joint team, shared warehouse, co-development).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        sale|meeting|complaint|resolution|negotiation|initiative)
            "_kam_log_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_kam_log_sale() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--amount[Net amount of the sale.]:amount:'
        '--cost[Cost of goods sold (default 0).]:cost:'
        '--on[The day of the sale (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--ref[An invoice or order reference.]:ref:'
        '--note[A note.]:note:'
        '--free-delivery[The goods were given free\: allows --amount 0.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log_meeting() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___kind=('visit' 'call' 'workshop' 'review')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--kind[What kind of meeting it was.]:kind:{__kam_complete "${___kind[@]}"}'
        '--minutes[How long it took.]:minutes:'
        '--cost[Its cost to serve, when known.]:cost:'
        '--on[The day of the meeting (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log_complaint() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___severity=('low' 'medium' 'high')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--severity[How serious it is.]:severity:{__kam_complete "${___severity[@]}"}'
        '--about[What it is about.]:about:'
        '--on[The day it was filed (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log_resolution() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        ':complaint-id:'
        '--cost[Compensation and handling cost (default 0).]:cost:'
        '--on[The day it was resolved (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log_negotiation() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___outcome=('won' 'lost' 'open')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--list[The list amount before discount.]:list:'
        '--asked[The discount the client asked for, a percentage (15 or 15%).]:asked:'
        '--granted[The discount granted, a percentage.]:granted:'
        '--outcome[How it ended, or open while it goes on.]:outcome:{__kam_complete "${___outcome[@]}"}'
        '--on[The day of the negotiation (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_log_initiative() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___kind=('joint-team' 'shared-warehouse' 'co-development')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--kind[What the initiative shares.]:kind:{__kam_complete "${___kind[@]}"}'
        '--from[Its first day.]:date:'
        '--to[Its last day, when known.]:date:'
        '--end[End the open initiative with this id.]:id:'
        '--on[With --end\: its last day (default\: today).]:date|today|yesterday:'
        '--allow-old-date[Accept a day more than ten years before today (never before 1970-01-01).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_import() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':file:'
        '--rules[The rules file mapping columns to fields.]:rules:'
        '--dry-run[Check the file and count what would be added, without writing.]'
        '--skip-bad[Import the good rows and write the bad ones, with reasons, to --rejects.]'
        '--rejects[Where --skip-bad writes rejected rows (default\: FILE.rejects.csv).]:path:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_events() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___by=('seq' 'occurred')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '*--type[Only events of this type (sale-recorded, or its start\: sale); repeat for several.]:type:'
        '--actor[Only events written by this actor, or the one whose name starts so, in any case.]:actor:'
        '--command[Only events written by this command (the id kam prints after each one).]:id:'
        '--by[List in the log'\''s order (seq) or by business time (occurred).]:order:{__kam_complete "${___by[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_clients() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___stage=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___class=('A' 'B' 'C')
    local -ar ___sort=('profit' 'revenue' 'cost-to-serve' 'risk' 'name' 'client')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--owner[Only this owner'\''s clients\: the owner as registered, or the start of it or of any word of it, in any case (anna, nowak); "(unassigned)" for clients without one.]:owner:'
        '--segment[Only clients of this segment\: as registered, or the start of it or of any word of it, in any case; "(none)" for clients without one.]:segment:'
        '--stage[Only clients in this stage.]:stage:{__kam_complete "${___stage[@]}"}'
        '--class[Only clients of this Pareto class.]:class:{__kam_complete "${___class[@]}"}'
        '--limit[List at most this many clients.]:n:'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--sort[The order to list in (default\: profit, the portfolio'\''s order).]:sort:{__kam_complete "${___sort[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_key-accounts() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___stage=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___class=('A' 'B' 'C')
    local -ar ___sort=('profit' 'revenue' 'cost-to-serve' 'risk' 'name' 'client')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--owner[Only this owner'\''s clients\: the owner as registered, or the start of it or of any word of it, in any case (anna, nowak); "(unassigned)" for clients without one.]:owner:'
        '--segment[Only clients of this segment\: as registered, or the start of it or of any word of it, in any case; "(none)" for clients without one.]:segment:'
        '--stage[Only clients in this stage.]:stage:{__kam_complete "${___stage[@]}"}'
        '--class[Only clients of this Pareto class.]:class:{__kam_complete "${___class[@]}"}'
        '--limit[List at most this many clients.]:n:'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--sort[The order to list in (default\: profit, the portfolio'\''s order).]:sort:{__kam_complete "${___sort[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_value() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___stage=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___class=('A' 'B' 'C')
    local -ar ___sort=('profit' 'revenue' 'cost-to-serve' 'client')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--owner[Only this owner'\''s clients\: the owner as registered, or the start of it or of any word of it, in any case (anna, nowak); "(unassigned)" for clients without one.]:owner:'
        '--segment[Only clients of this segment\: as registered, or the start of it or of any word of it, in any case; "(none)" for clients without one.]:segment:'
        '--stage[Only clients in this stage.]:stage:{__kam_complete "${___stage[@]}"}'
        '--class[Only clients of this Pareto class.]:class:{__kam_complete "${___class[@]}"}'
        '--limit[List at most this many clients.]:n:'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--sort[The order to list in (default\: profit, the whale curve'\''s).]:sort:{__kam_complete "${___sort[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_show() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_explain() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_risk() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___sort=('value-at-stake' 'risk')
    local -ar ___stage=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___class=('A' 'B' 'C')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--all[Every client with a purchase, not only the loyal ones.]'
        '--model[Show the fitted purchase and spend models and the calibration instead.]'
        '--sort[The order to list in.]:sort:{__kam_complete "${___sort[@]}"}'
        '--owner[Only this owner'\''s clients\: the owner as registered, or the start of it or of any word of it, in any case (anna, nowak); "(unassigned)" for clients without one.]:owner:'
        '--segment[Only clients of this segment\: as registered, or the start of it or of any word of it, in any case; "(none)" for clients without one.]:segment:'
        '--stage[Only clients in this stage.]:stage:{__kam_complete "${___stage[@]}"}'
        '--class[Only clients of this Pareto class.]:class:{__kam_complete "${___class[@]}"}'
        '--limit[List at most this many clients.]:n:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_prospects() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--model[Show the learned profile (features, coefficients, training) instead.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_service() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___by=('owner')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--owner[Only this owner'\''s clients ("(unassigned)" for clients without one).]:owner:'
        '--by[One row per owner instead of per client.]:by:{__kam_complete "${___by[@]}"}'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_attention() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___interval=('monthly' 'quarterly' 'yearly')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--interval[The length of a row'\''s period (default\: quarterly).]:interval:{__kam_complete "${___interval[@]}"}'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--owner[Only this owner (a unique start of the name will do), or "(team)".]:owner:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_report() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--html[The HTML file to write (replaced).]:file:'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_stage() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--history[List every transition instead of the current stage.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_transitions() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___from=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___to=('prospect' 'transactional' 'cooperation' 'partnership' 'synergy' 'lapsed')
    local -ar ___interval=('monthly' 'quarterly' 'yearly')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--client[Only this client.]:client:'
        '--from[Only transitions from this stage.]:stage:{__kam_complete "${___from[@]}"}'
        '--to[Only transitions to this stage.]:stage:{__kam_complete "${___to[@]}"}'
        '(-p --period)'{-p,--period}'[The period\: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….]:period:'
        '--begin[First day (inclusive); a month, quarter or year means its first day.]:date:'
        '--end[Day to stop before (exclusive); 2026-10 means 2026-10-01.]:date:'
        '--summary[Count transitions between stages per interval instead of listing them.]'
        '--interval[What --summary counts per\: a month, quarter or year (default\: quarterly).]:interval:{__kam_complete "${___interval[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_policy() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Print the policy in force (with --known-at: the one in force then).'
            'set:Validate a policy file and put it in force, recorded as an event.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|set)
            "_kam_policy_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_kam_policy_show() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_policy_set() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_retract() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':seq:'
        '--reason[Why, for the audit trail.]:reason:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_undo() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':command-id:'
        '--redo[Take back your last undo instead\: restore what it removed.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_decide() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar ___kind=('designate-key-account' 'drop-key-account' 'approve-discount' 'reduce-contact' 'increase-contact' 'reassign-owner')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':slug:'
        '--kind[What was decided.]:kind:{__kam_complete "${___kind[@]}"}'
        '--note[Why, in a sentence.]:note:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_audit() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':decision-id:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_replay() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--policy[A candidate policy file (flat JSON).]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_verify() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--expect-head[Also check that the log still holds this event with this hash (as printed by an earlier kam verify).]:SEQ\:HASH:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_status() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_rebuild() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--force[Rebuild even from a damaged log, with a warning naming the damage.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_refresh() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_migrate() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--from[The book to copy\: a path or a postgres\:// URL.]:BOOK:'
        '--to[Where to copy it\: a path or a postgres\:// URL; made when absent.]:BOOK:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_demo() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        '--clients[Accounts to simulate\: clients and prospects.]:n:'
        '--years[Years of history.]:n:'
        '--seed[The random seed.]:n:'
        '--force[Replace an existing book made by kam demo.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_topics() {
    local -i ret=1
    local -ar ___output_format=('table' 'json' 'csv')
    local -ar arg_specs=(
        '--db[The book (a SQLite file).]:path:'
        '--today[Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.]:yyyy-mm-dd:'
        '--as-of[Business time\: evaluate as of the end of this day.]:yyyy-mm-dd|today|yesterday:'
        '--known-at[System time\: count only what was recorded by this instant (a bare date\: its end, UTC).]:datetime:'
        '(-O --output-format)'{-O,--output-format}'[How results are printed.]:output-format:{__kam_complete "${___output_format[@]}"}'
        '--wide[Print every column of a table, however wide ($COLUMNS, else the terminal, else 80).]'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_kam_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _kam ]]; then
    _kam "${@}"
else
    compdef _kam kam
fi
