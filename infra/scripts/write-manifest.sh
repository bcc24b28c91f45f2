#!/usr/bin/env bash
# write-manifest.sh SOURCE TARGET DEV_ORIGIN ORIGIN: copies the add-in manifest SOURCE to TARGET with every
# occurrence of DEV_ORIGIN (its scheme, host and port, as in https://localhost:3000) replaced by ORIGIN,
# then checks the copy: ORIGIN is https, DEV_ORIGIN no longer appears, and no http:// URL is left other
# than XML namespace and schema names. Exits 1 naming what is wrong, leaving no TARGET behind.
set -euo pipefail

[[ $# -eq 4 ]] || { echo "usage: write-manifest.sh SOURCE TARGET DEV_ORIGIN ORIGIN" >&2; exit 2; }
source=$1 target=$2 dev_origin=${3%/} origin=${4%/}

fail() {
  rm -f "$target"
  echo "error: $*" >&2
  exit 1
}

[[ -f "$source" ]] || fail "no manifest at $source"
[[ $origin == https://?* ]] || fail "the add-in's origin must be https, not '$origin'"
grep -qF "$dev_origin" "$source" || fail "$source does not name the development origin $dev_origin"

# Literal replacement (no regular expression): bash's own substitution over the whole file.
content=$(<"$source")
printf '%s\n' "${content//"$dev_origin"/"$origin"}" >"$target"

if grep -qF "$dev_origin" "$target"; then
  fail "$target still names $dev_origin"
fi
# Namespace and schema names (xmlns="http://...", xsi:schemaLocation) are identifiers, not fetched URLs.
plain=$(grep -oE '[A-Za-z:]+="http://[^"]*"' "$target" | grep -vE '^(xmlns(:[A-Za-z]+)?|xsi:[A-Za-z]+)=' || true)
text=$(grep -oE '>[[:space:]]*http://[^<]*' "$target" || true)
[[ -z "$plain$text" ]] || fail "$target has http:// URLs: $plain$text"
echo "wrote $target for $origin"
