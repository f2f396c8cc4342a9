function __kam_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __kam_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __kam_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __kam_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __kam_parse_tokens -S
    set -l unparsed_tokens (__kam_tokens -pc)
    switch $unparsed_tokens[1]
    case 'kam'
        __kam_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'currency=' 'version' 'h/help'
        case 'client'
            __kam_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'name=' 'segment=' 'owner=' 'on=' 'prospect' 'win-probability=' 'expected-value=' 'version' 'h/help'
            case 'assess'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'attractiveness=' 'standing=' 'on=' 'version' 'h/help'
            case 'strategic'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'reason=' 'clear' 'on=' 'version' 'h/help'
            end
        case 'log'
            __kam_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'sale'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'amount=' 'cost=' 'on=' 'ref=' 'note=' 'version' 'h/help'
            case 'meeting'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'kind=' 'minutes=' 'cost=' 'on=' 'version' 'h/help'
            case 'complaint'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'severity=' 'about=' 'on=' 'version' 'h/help'
            case 'resolution'
                __kam_parse_subcommand 2 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'cost=' 'on=' 'version' 'h/help'
            case 'negotiation'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'list=' 'asked=' 'granted=' 'outcome=' 'on=' 'version' 'h/help'
            case 'initiative'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'kind=' 'from=' 'to=' 'end=' 'on=' 'version' 'h/help'
            end
        case 'import'
            __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'rules=' 'dry-run' 'skip-bad' 'rejects=' 'version' 'h/help'
        case 'events'
            __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'begin=' 'end=' 'version' 'h/help'
        case 'stage'
            __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'history' 'version' 'h/help'
        case 'transitions'
            __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'client=' 'from=' 'to=' 'begin=' 'end=' 'summary' 'period=' 'version' 'h/help'
        case 'policy'
            __kam_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'version' 'h/help'
            case 'set'
                __kam_parse_subcommand 1 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'version' 'h/help'
            end
        case 'verify'
            __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'version' 'h/help'
        case 'status'
            __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'version' 'h/help'
        case 'rebuild'
            __kam_parse_subcommand 0 'db=' 'today=' 'as-of=' 'known-at=' 'O/output-format=' 'version' 'h/help'
        case 'help'
            __kam_parse_subcommand -r 1 'version'
        end
    end
end

function __kam_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __kam_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __kam_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __kam_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__kam_tokens -p)
    if test -z "$(__kam_tokens -t)"
        set -l index (count (__kam_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'kam' -f
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'init' -d 'Create the book (nothing changes when it exists already).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'client' -d 'Register clients and prospects, assess them, mark them strategic.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'log' -d 'Log a sale, meeting, complaint, resolution, negotiation or joint initiative.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'import' -d 'Import a CSV of events through a rules file (see docs/import.md).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'events' -d 'Show the raw log, optionally for one client and a period.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'stage' -d 'Show a client\'s relationship stage now (or --as-of), or its whole history.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'transitions' -d 'List stage transitions over time, or count them per period.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'policy' -d 'Show the scoring policy in force, or put a new one in force (see docs/policy.md).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'verify' -d 'Check the log\'s integrity: hash chain, sequence numbers, stream versions.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'status' -d 'Show the number of events and each projection\'s checkpoint and lag.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'rebuild' -d 'Rebuild the projections from the log, atomically.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" currency' -l 'currency' -d 'The currency of every amount in the book.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam client" -eq 1' -fa 'add' -d 'Register a client, or a prospect (not yet a client).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam client" -eq 1' -fa 'assess' -d 'Assess a client\'s attractiveness to us and our standing in its eyes (0–100 each).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam client" -eq 1' -fa 'strategic' -d 'Mark a client as strategic (with a reason), or clear the mark.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" name' -l 'name' -d 'The client\'s name.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" segment' -l 'segment' -d 'Market segment.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" owner' -l 'owner' -d 'The account owner.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" on' -l 'on' -d 'The day of registration (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" prospect' -l 'prospect' -d 'Register a prospect rather than a client.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" win-probability' -l 'win-probability' -d 'A prospect\'s chance of being won, 0–1.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" expected-value' -l 'expected-value' -d 'A prospect\'s expected yearly revenue.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" attractiveness' -l 'attractiveness' -d 'How attractive the client is to us, 0–100 (our weighted criteria).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" standing' -l 'standing' -d 'How the client rates us as a supplier, 0–100 (its criteria).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" on' -l 'on' -d 'The day of the assessment (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client assess" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" reason' -l 'reason' -d 'Why the client matters beyond its profit, e.g. its reference value.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" clear' -l 'clear' -d 'Remove the strategic mark.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" on' -l 'on' -d 'The day it takes effect (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam client strategic" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'sale' -d 'Log a sale: its net amount and cost of goods.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'meeting' -d 'Log a meeting; its cost to serve is --cost, else minutes × the policy\'s hourly rate.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'complaint' -d 'Log a complaint; prints its id, for `kam log resolution`.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'resolution' -d 'Resolve a complaint; --cost is compensation and handling.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'negotiation' -d 'Log a price negotiation: list amount, discount asked and granted, outcome.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam log" -eq 1' -fa 'initiative' -d 'Log a joint initiative (joint team, shared warehouse, co-development).'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" amount' -l 'amount' -d 'Net amount of the sale.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" cost' -l 'cost' -d 'Cost of goods sold (default 0).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" on' -l 'on' -d 'The day of the sale (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" ref' -l 'ref' -d 'An invoice or order reference.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" note' -l 'note' -d 'A note.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log sale" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" kind' -l 'kind' -d 'visit, call, workshop or review.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" minutes' -l 'minutes' -d 'How long it took.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" cost' -l 'cost' -d 'Its cost to serve, when known.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" on' -l 'on' -d 'The day of the meeting (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log meeting" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" severity' -l 'severity' -d 'low, medium or high.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" about' -l 'about' -d 'What it is about.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" on' -l 'on' -d 'The day it was filed (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log complaint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" cost' -l 'cost' -d 'Compensation and handling cost (default 0).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" on' -l 'on' -d 'The day it was resolved (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log resolution" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" list' -l 'list' -d 'The list amount before discount.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" asked' -l 'asked' -d 'The discount the client asked for, a percentage (15 or 15%).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" granted' -l 'granted' -d 'The discount granted, a percentage.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" outcome' -l 'outcome' -d 'won, lost or open.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" on' -l 'on' -d 'The day of the negotiation (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log negotiation" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" kind' -l 'kind' -d 'joint-team, shared-warehouse or co-development.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" from' -l 'from' -d 'Its first day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" to' -l 'to' -d 'Its last day, when known.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" end' -l 'end' -d 'End the open initiative with this id.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" on' -l 'on' -d 'With --end: its last day (default: today).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam log initiative" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" rules' -l 'rules' -d 'The rules file mapping columns to fields.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" dry-run' -l 'dry-run' -d 'Check the file and count what would be added, without writing.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" skip-bad' -l 'skip-bad' -d 'Import the good rows and write the bad ones, with reasons, to --rejects.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" rejects' -l 'rejects' -d 'Where --skip-bad writes rejected rows (default: FILE.rejects.csv).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" begin' -l 'begin' -d 'First business day (inclusive).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" end' -l 'end' -d 'Business day to stop before (exclusive).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam events" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" history' -l 'history' -d 'List every transition instead of the current stage.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam stage" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" client' -l 'client' -d 'Only this client.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" from' -l 'from' -d 'Only transitions from this stage.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" to' -l 'to' -d 'Only transitions to this stage.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" begin' -l 'begin' -d 'First day (inclusive).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" end' -l 'end' -d 'Day to stop before (exclusive).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" summary' -l 'summary' -d 'Count transitions between stages per period instead of listing them.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" period' -l 'period' -d 'The period of --summary: monthly, quarterly or yearly.' -rfka 'monthly quarterly yearly'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam transitions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam policy" -eq 1' -fa 'show' -d 'Print the policy in force (with --known-at: the one in force then).'
complete -c 'kam' -n '__kam_should_offer_completions_for_positional "kam policy" -eq 1' -fa 'set' -d 'Validate a policy file and put it in force, recorded as an event.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam policy set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" db' -l 'db' -d 'The book (a SQLite file).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" today' -l 'today' -d 'Pin "now" to this day (also $KAM_TODAY), so that reports are reproducible.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" as-of' -l 'as-of' -d 'Business time: evaluate as of the end of this day.' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" known-at' -l 'known-at' -d 'System time: count only what was recorded by this instant (a bare date: its end, UTC).' -rfka ''
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" O output-format' -s 'O' -l 'output-format' -d 'table, json or csv.' -rfka 'table json csv'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" version' -l 'version' -d 'Show the version.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam rebuild" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kam' -n '__kam_should_offer_completions_for_flags_or_options "kam help" version' -l 'version' -d 'Show the version.'
