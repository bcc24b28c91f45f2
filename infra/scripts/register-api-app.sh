#!/usr/bin/env bash
# azd preprovision hook (or run by hand before `azd provision`): the API's Entra app registration.
# Creates it once per azd environment, or updates the one named by AZURE_API_CLIENT_ID, so that it
#   - has the identifier URI api://<client id> and issues v2 access tokens,
#   - exposes the delegated scope access_as_user (the add-in asks for api://<client id>/access_as_user),
#   - asks for Microsoft Graph Files.Read.All (delegated), which the API uses on behalf of the caller to
#     check that the caller can read a workbook (docs/rules.md#authorization),
# and writes AZURE_API_CLIENT_ID and AZURE_API_TENANT_ID into the azd environment for main.parameters.json.
# The app gets no password and no certificate: the function app's managed identity is its only credential
# (a federated credential added by configure-entra.sh after provisioning).
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$script_dir/lib.sh"

require_command az "the Azure CLI, signed in with az login to the tenant of the API"
require_command azd "the Azure Developer CLI"

env_name=$(require_value AZURE_ENV_NAME "run azd env new first")
tenant_id=$(az account show --query tenantId --output tsv)
display_name="OfficeGovernance API ($env_name)"

client_id=$(find_app "$(env_value AZURE_API_CLIENT_ID)" "$display_name")
if [[ -z "$client_id" ]]; then
  client_id=$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg \
    --query appId --output tsv)
  echo "created the app registration '$display_name' ($client_id)"
fi
object_id=$(az ad app show --id "$client_id" --query id --output tsv)

# Keep the ids (and any identifier URI configure-entra.sh added) so a rerun changes nothing.
scope_id=$(az ad app show --id "$client_id" \
  --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" --output tsv)
[[ -n "$scope_id" ]] || scope_id=$(new_uuid)
mapfile -t uris < <(az ad app show --id "$client_id" --query 'identifierUris[]' --output tsv)
own_uri="api://$client_id"
[[ " ${uris[*]-} " == *" $own_uri "* ]] || uris=("$own_uri" "${uris[@]}")

files_read_all=$(graph_scope_id Files.Read.All)
[[ -n "$files_read_all" ]] || die "Microsoft Graph has no delegated permission Files.Read.All in this tenant"

body=$(cat <<JSON
{
  "identifierUris": $(json_strings "${uris[@]}"),
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": [{
      "id": "$scope_id",
      "value": "access_as_user",
      "type": "User",
      "isEnabled": true,
      "adminConsentDisplayName": "Use OfficeGovernance as the signed-in user",
      "adminConsentDescription": "Lets the OfficeGovernance add-in call its API as the signed-in user.",
      "userConsentDisplayName": "Use OfficeGovernance as you",
      "userConsentDescription": "Lets the OfficeGovernance add-in call its API as you."
    }]
  },
  "requiredResourceAccess": [{
    "resourceAppId": "$GRAPH_APP_ID",
    "resourceAccess": [{ "id": "$files_read_all", "type": "Scope" }]
  }]
}
JSON
)
graph PATCH "/applications/$object_id" "$body" >/dev/null

az ad sp show --id "$client_id" --query id --output tsv >/dev/null 2>&1 \
  || az ad sp create --id "$client_id" --query id --output tsv >/dev/null

azd env set AZURE_API_CLIENT_ID "$client_id"
azd env set AZURE_API_TENANT_ID "$tenant_id"
echo "API app registration: $display_name, client id $client_id, scope api://$client_id/access_as_user"
