#!/bin/sh
# Builds the libFuzzer targets into .build/fuzz/ without SwiftPM: CourierModel and
# CourierVariables are compiled from their sources (they need neither libcurl nor
# JavaScriptCore), instrumented for libFuzzer and AddressSanitizer, then linked with each
# Fuzz/Fuzz*.swift file. Usage: Fuzz/build.sh [target...]  (default: every target).
set -eu
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
OUT=.build/fuzz
FLAGS="-swift-version 6 -sanitize=fuzzer,address -O -g -parse-as-library -warnings-as-errors"
LINK="-use-ld=lld"
mkdir -p "$OUT/modules"

# newer FILE SOURCES...: true when FILE is missing or older than any source.
newer() {
  newer_file=$1; shift
  [ -e "$newer_file" ] || return 0
  for newer_source in "$@"; do [ "$newer_source" -nt "$newer_file" ] && return 0; done
  return 1
}

# library NAME SOURCES...: a static library and its module, rebuilt when a source changed.
library() {
  name=$1; shift
  if newer "$OUT/lib$name.a" "$@"; then
    echo "fuzz: building $name"
    $SWIFTC $FLAGS -module-name "$name" -I "$OUT/modules" -emit-library -static \
      -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" -o "$OUT/lib$name.a" "$@"
  fi
}

library CourierModel Sources/CourierModel/*.swift
library CourierVariables $(find Sources/CourierVariables -name '*.swift' | sort)

targets=${*:-collection environment csv template}
for target in $targets; do
  case $target in
    collection) file=Fuzz/FuzzCollection.swift ;;
    environment) file=Fuzz/FuzzEnvironment.swift ;;
    csv) file=Fuzz/FuzzCSV.swift ;;
    template) file=Fuzz/FuzzTemplate.swift ;;
    *) echo "fuzz: unknown target $target" >&2; exit 2 ;;
  esac
  if newer "$OUT/$target" "$file" "$OUT/libCourierModel.a" "$OUT/libCourierVariables.a"; then
    echo "fuzz: linking $target"
    $SWIFTC $FLAGS $LINK -module-name "Fuzz_$target" -I "$OUT/modules" -L "$OUT" \
      -lCourierVariables -lCourierModel "$file" -o "$OUT/$target"
  fi
done
