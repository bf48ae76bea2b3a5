#!/usr/bin/env bash
# Renders an audit's HTML report in headless Chromium and checks the screenshot: the page must load
# with no network and draw its summary. Usage: cli/scripts/check-report.sh [report.html] [out.png]
# Without arguments it audits docs/examples/chats-sample.csv first. Installs Debian's chromium if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
report="${1:-}"
png="${2:-target/report.png}"
if [ -z "$report" ]; then
  report=target/report.html
  mkdir -p target
  [ -f cli/target/closeloop.jar ] || mvn -q install -DskipTests
  java -jar cli/target/closeloop.jar audit --platform AMAZON --html "$report" docs/examples/chats-sample.csv > /dev/null || true
fi
if ! command -v chromium > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
mkdir -p "$(dirname "$png")"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1200,1600 \
  --screenshot="$png" "file://$(realpath "$report")" > /dev/null 2>&1
rm -rf "$profile"
size=$(stat -c %s "$png")
# a blank page compresses to a few KB; the summary tables, bars and highlighted messages make it far larger
if [ "$size" -lt 20000 ]; then
  echo "report screenshot looks blank ($size bytes): $png" >&2
  exit 1
fi
echo "report rendered: $png ($size bytes)"
