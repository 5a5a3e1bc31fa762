#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser under AFL++ (Debian: apt install afl++; the instrumenter: dotnet tool install
# --global SharpFuzz.CommandLine).
#
#   tests/NewsModel.Fuzzing/run-afl.sh <target> [seconds]
#
# target: article | headlines | text | date | normalize | warc | gzip (see Program.cs). Publishes this project to
# artifacts/fuzz/<target>/bin, instruments NewsModel.dll there, seeds from seeds/ (and the test data's archives for
# warc and gzip) and runs afl-fuzz for the given time (default 600 s). Crashes and hangs land in
# artifacts/fuzz/<target>/out/default/{crashes,hangs}; replay one with
#   NEWSMODEL_FUZZ_TARGET=<target> dotnet artifacts/fuzz/<target>/bin/NewsModel.Fuzzing.dll <file>
# FUZZ_SEEDS=<dir> starts from another corpus (an earlier run's queue, say); FUZZ_WORK=<dir> works elsewhere.
set -euo pipefail

target=${1:-article}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-$root/artifacts/fuzz/$target}

case $target in
  article|headlines) seeds=$here/seeds/html ;;
  text|normalize) seeds=$here/seeds/text ;;
  date) seeds=$here/seeds/date ;;
  warc|gzip) seeds=$work/seeds ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac

rm -rf "$work/bin"
dotnet publish "$here" -c Release -o "$work/bin" --nologo -v quiet
sharpfuzz "$work/bin/NewsModel.dll"

if [[ -n ${FUZZ_SEEDS:-} ]]; then
  seeds=$FUZZ_SEEDS
elif [[ $target == warc || $target == gzip ]]; then
  mkdir -p "$seeds"
  archives=$root/tests/NewsModel.Tests/TestData/corpus/warc
  if [[ $target == warc ]]; then
    cp "$archives/example-trunc.warc" "$archives/whirlwind.warc.wet.gz" "$seeds/"
  else
    gzip -c "$here/seeds/html/homepage.html" > "$seeds/homepage.html.gz"
    cp "$archives/whirlwind.warc.wet.gz" "$seeds/"
  fi
fi

# A new run starts from the seeds; "-i -" would resume the last one.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 NEWSMODEL_FUZZ_TARGET=$target
afl-fuzz -V "$seconds" -i "$seeds" -o "$work/out" -t 5000 -m none -- dotnet "$work/bin/NewsModel.Fuzzing.dll"
