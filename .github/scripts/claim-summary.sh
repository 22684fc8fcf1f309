#!/usr/bin/env bash
# Appends the report's claim table to the GitHub job summary ($GITHUB_STEP_SUMMARY) under the heading "$1":
# artifacts/report/summary.md (one row per claim), else the head of artifacts/report/index.md, else a line saying
# that no report was written. Used by .github/workflows/repro.yml; prints to stdout when run outside GitHub Actions.
set -euo pipefail
cd "$(dirname "$0")/../.."
title=${1:-Claims}
out=${GITHUB_STEP_SUMMARY:-/dev/stdout}
report=artifacts/report
{
  echo "## $title"
  echo
  if [ -s "$report/summary.md" ]; then
    cat "$report/summary.md"
  elif [ -s "$report/index.md" ]; then
    head -n 60 "$report/index.md"
    echo
    echo "_(first 60 lines of \`$report/index.md\`; the whole report is in the job's report artifact)_"
  else
    echo "No report was written (\`$report/\` is empty): the build or the test run stopped before any claim ran."
  fi
  echo
} >>"$out"
