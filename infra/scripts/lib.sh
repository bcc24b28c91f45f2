#!/usr/bin/env bash
# Shared by the scripts beside it (sourced, never run): reading the azd environment and calling Graph
# through the Azure CLI's sign-in. No script here creates, prints or stores a secret.

# The tenant-independent app id of Microsoft Graph.
readonly GRAPH_APP_ID=00000003-0000-0000-c000-000000000000

die() {
  echo "error: $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required ($2)"
}

# env_value NAME: the variable from the environment (azd hooks export the azd environment), else from
# `azd env get-value`, else empty.
env_value() {
  local name=$1
  if [[ -n "${!name:-}" ]]; then
    printf '%s' "${!name}"
  elif command -v azd >/dev/null 2>&1; then
    azd env get-value "$name" 2>/dev/null || true
  fi
}

# require_value NAME HINT: env_value NAME, or exit naming the step that sets it.
require_value() {
  local value
  value=$(env_value "$1")
  [[ -n "$value" ]] || die "$1 is not set in the azd environment: $2"
  printf '%s' "$value"
}

# host_of ORIGIN: https://host[:port] -> host[:port]
host_of() {
  local origin=${1#https://}
  printf '%s' "${origin%%/*}"
}

new_uuid() {
  if command -v uuidgen >/dev/null 2>&1; then
    uuidgen | tr '[:upper:]' '[:lower:]'
  elif [[ -r /proc/sys/kernel/random/uuid ]]; then
    cat /proc/sys/kernel/random/uuid
  else
    python3 -c 'import uuid; print(uuid.uuid4())'
  fi
}

# graph METHOD PATH [BODY]: a Microsoft Graph v1.0 call as the signed-in Azure CLI user.
graph() {
  local method=$1 path=$2 body=${3:-}
  if [[ -n "$body" ]]; then
    az rest --method "$method" --url "https://graph.microsoft.com/v1.0$path" \
      --headers 'Content-Type=application/json' --body "$body" --output json
  else
    az rest --method "$method" --url "https://graph.microsoft.com/v1.0$path" --output json
  fi
}

# json_strings VALUE...: a JSON array of the values (ids, URIs and host names only: no escaping needed).
json_strings() {
  local out='' value
  for value in "$@"; do
    [[ -n "$value" ]] || continue
    out+="${out:+,}\"$value\""
  done
  printf '[%s]' "$out"
}

# graph_scope_id VALUE: the id of Microsoft Graph's delegated permission named VALUE.
graph_scope_id() {
  az ad sp show --id "$GRAPH_APP_ID" --query "oauth2PermissionScopes[?value=='$1'].id | [0]" --output tsv
}

# graph_app_role_id VALUE: the id of Microsoft Graph's application permission named VALUE.
graph_app_role_id() {
  az ad sp show --id "$GRAPH_APP_ID" --query "appRoles[?value=='$1'].id | [0]" --output tsv
}

# find_app CLIENT_ID DISPLAY_NAME: the client id of the app registration named by CLIENT_ID (checked to
# exist) or, when that is empty, of the one with DISPLAY_NAME; empty when there is none.
find_app() {
  local client_id=$1 display_name=$2
  if [[ -n "$client_id" ]]; then
    az ad app show --id "$client_id" --query appId --output tsv >/dev/null 2>&1 \
      || die "no app registration has client id $client_id in this tenant; clear it with azd env set to create one"
    printf '%s' "$client_id"
  else
    az ad app list --display-name "$display_name" --query '[0].appId' --output tsv
  fi
}
