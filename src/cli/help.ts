import { HELPDESK_HELP } from './helpdesk-commands.js';

/** The text of `supportops --help`. */
export const HELP = `supportops: support operations as code

Usage:
  supportops validate [root]   load and schema-check the policies (default root: policies)
  supportops check [root]      validate, then run every consistency and feasibility rule
  supportops init [dir]        write a small policy set that checks clean (default: policies)
  supportops build [root]      check, then write the routing guide, disclosures, acknowledgements
                               and feasibility report (see docs/artifacts.md)
  supportops diff --base REF [--head REF] [root]
                               what a change means for customers and the team (REF: git ref or folder)
  supportops baseline [root]   write <root>/.supportops-baseline.json: the findings that fail today,
                               accepted for now, so check fails only on new ones
  supportops measure <export>... [root]
                               measure attainment, demand and the model's error from a ticket
                               export (see docs/measure.md)
${HELPDESK_HELP}
Options:
  --format FORMAT              validate, check, build: stylish (default), json, sarif, github, junit,
                               markdown or codeclimate; json is documented in docs/json-report.md
  --fail-level error|warn|info exit 1 when a finding reaches this level (default: error)
  -q, --quiet                  print only the findings that fail the check
  --rule ID                    run only this rule (repeat, or separate ids with commas)
  --as-of YYYY-MM-DD           the date to check against (default: today, UTC)
  --horizon DAYS               days of real dates feasibility covers from --as-of (default: 365)
  --config FILE                rule severities (default: the nearest supportops.yaml from the
                               policy root up to the repository's top)
  --baseline REF               check: report which findings are new against a git ref or folder;
                               only new findings fail. The baseline's config, suppressions and
                               baseline file apply: a change cannot loosen its own check
  --config-from base|head      check --baseline: whose settings apply (default: base)
  --format markdown|json       diff: output format (default: markdown); json is documented in docs/diff.md
  --fail-on breaking|notable|none
                               diff: exit 1 when a change of that severity (or worse) is found
  --out DIR                    build: the output folder, replaced as a whole (default: out)
  --check                      build: write nothing; exit 1 when --out differs from what a build
                               would write (use the same --as-of as the build)
  --report-only                build: write only the feasibility report, even when the check fails
  --history FILE               check: take demand from this ticket export (repeat for more files)
  --format stylish|json|markdown
                               measure: output format (default: stylish); json is docs/measure.md
  --from DATE / --to DATE      measure: first and last creation day measured (UTC)
  --source csv|zendesk|freshdesk|zammad
                               measure, --history: the export's format (default: read from the file)
  --strict                     measure: stop at the first bad record, and write nothing
  --write-demand               measure: print the measured demand block of each channel to paste in
  --no-backtest                measure: skip feeding the measured arrivals to the model
  --out DIR                    measure: also write every format and every breach to DIR
  --target zendesk|freshdesk|zammad
                               export, plan, apply, import: the helpdesk product
  --live DIR                   plan, import: the live configuration as the API returns it
  --pull --url URL             plan, import: read it from the helpdesk over HTTP instead
  --url URL                    apply: the helpdesk to change
  --yes                        apply: make the changes (without it, apply only says what it would do)
  --prune                      plan, apply: also delete objects the policies do not describe
  --format stylish|json|markdown
                               plan: output format (default: stylish)
  --cache-dir DIR              keep simulations between runs in DIR (default: .supportops-cache;
                               diff and check --baseline keep none unless given)
  --no-cache                   neither read nor write the simulation cache
  --color / --no-color         colour the stylish output (default: when printing to a terminal)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 clean, 1 findings at or above the fail level (or apply stopped at a refused
change), 2 usage, config or internal error (or the helpdesk could not be read).
`;
