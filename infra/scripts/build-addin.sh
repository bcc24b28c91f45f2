#!/usr/bin/env bash
# azd predeploy hook of the addin service (runs after azd's own package step, so its output is what gets
# deployed): builds the add-in against the deployed API and writes the manifest with the deployed origin.
#   1. `npm ci` and `npm run build` in addin/, with the deployed values in the environment, under plain
#      names and with Vite's VITE_ prefix (only VITE_* reach import.meta.env):
#        OG_API_BASE_URL   https://<function app>/api
#        OG_API_SCOPE      api://<API client id>/access_as_user
#        OG_CLIENT_ID      the add-in's app registration (nested app authentication)
#        OG_TENANT_ID      the tenant of both registrations
#        OG_AUTHORITY      https://login.microsoftonline.com/<tenant> (from the signed-in cloud)
#   2. <dist>/config.json with the same values, for a pane that reads its settings at run time.
#   3. <dist>/manifest.xml: addin/manifest.xml with every occurrence of the development origin
#      (ADDIN_DEV_ORIGIN, default https://localhost:3000) replaced by the add-in's https origin; the build
#      fails if the result still names the development origin or has an http:// URL outside the XML
#      namespaces. The manifest in the source tree is never changed.
# ADDIN_DIST overrides the output folder (default dist, Vite's and webpack's default, as in azure.yaml), and
# ADDIN_PROJECT the add-in's folder (default addin/ at the repository root).
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$script_dir/lib.sh"

addin_dir=$(env_value ADDIN_PROJECT)
addin_dir=${addin_dir:-$script_dir/../../addin}
addin_dir=$(cd "$addin_dir" 2>/dev/null && pwd) || die "no add-in project at $addin_dir"
dist=$(env_value ADDIN_DIST)
dist="$addin_dir/${dist:-dist}"
dev_origin=$(env_value ADDIN_DEV_ORIGIN)
dev_origin=${dev_origin:-https://localhost:3000}
dev_origin=${dev_origin%/}

api_origin=$(require_value SERVICE_API_URI "run azd provision first")
addin_origin=$(require_value SERVICE_ADDIN_URI "run azd provision first")
api_client_id=$(require_value AZURE_API_CLIENT_ID "run infra/scripts/register-api-app.sh first")
addin_client_id=$(require_value AZURE_ADDIN_CLIENT_ID "run infra/scripts/configure-entra.sh first")
tenant_id=$(require_value AZURE_API_TENANT_ID "run infra/scripts/register-api-app.sh first")
[[ $addin_origin == https://* && $api_origin == https://* ]] || die "the deployed origins must be https"
addin_origin=${addin_origin%/}

authority_host=$(env_value OG_AUTHORITY_HOST)
if [[ -z "$authority_host" ]] && command -v az >/dev/null 2>&1; then
  authority_host=$(az cloud show --query endpoints.activeDirectory --output tsv)
fi
[[ -n "$authority_host" ]] || die "set OG_AUTHORITY_HOST (the Entra sign-in host) or install the Azure CLI"

export OG_API_BASE_URL="${api_origin%/}/api"
export OG_API_SCOPE="api://$api_client_id/access_as_user"
export OG_CLIENT_ID="$addin_client_id"
export OG_TENANT_ID="$tenant_id"
export OG_AUTHORITY="${authority_host%/}/$tenant_id"
export VITE_OG_API_BASE_URL="$OG_API_BASE_URL" VITE_OG_API_SCOPE="$OG_API_SCOPE" \
  VITE_OG_CLIENT_ID="$OG_CLIENT_ID" VITE_OG_TENANT_ID="$OG_TENANT_ID" VITE_OG_AUTHORITY="$OG_AUTHORITY"

require_command npm "Node.js 20 and npm"
(cd "$addin_dir" && npm ci --no-audit --no-fund && npm run build)
[[ -d "$dist" ]] || die "npm run build wrote no $dist"

cat >"$dist/config.json" <<JSON
{
  "apiBaseUrl": "$OG_API_BASE_URL",
  "apiScope": "$OG_API_SCOPE",
  "clientId": "$OG_CLIENT_ID",
  "tenantId": "$OG_TENANT_ID",
  "authority": "$OG_AUTHORITY"
}
JSON

"$script_dir/write-manifest.sh" "$addin_dir/manifest.xml" "$dist/manifest.xml" "$dev_origin" "$addin_origin"
echo "add-in built for $OG_API_BASE_URL; manifest: $addin_origin/manifest.xml"
