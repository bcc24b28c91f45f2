#!/usr/bin/env bash
# azd postprovision hook (or run by hand after `azd provision`): what needs the provisioned resources.
#   1. The federated credential on the API app that trusts the function app's managed identity, so the
#      backend's on-behalf-of exchange authenticates as the API app with the identity's token and no
#      secret (issuer: the tenant's v2.0 endpoint, subject: the identity's principal id, audience
#      api://AzureADTokenExchange).
#   2. The add-in's single-page app registration: redirect URIs brk-multihub://<add-in host> (nested app
#      authentication in Office) and the task pane URL, and the delegated permissions it asks for (the
#      API's access_as_user, Graph Files.Read.All to resolve the open document to its drive item).
#   3. On the API app: the pre-authorized clients (the add-in's app, and Office with the identifier URI
#      api://<add-in host>/<client id>, for Office.auth.getAccessToken where NAA is not supported).
# Writes AZURE_ADDIN_CLIENT_ID into the azd environment. Every step finds what exists and updates it.
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$script_dir/lib.sh"

# Office's client id that covers every Office host for Office.auth.getAccessToken (Office add-in SSO docs).
readonly OFFICE_CLIENT_ID=ea5a67f6-b6f3-4338-b240-c655ddc3cc8e
readonly FEDERATED_CREDENTIAL_NAME=officegovernance-managed-identity

require_command az "the Azure CLI, signed in with az login to the tenant of the API"
require_command azd "the Azure Developer CLI"

env_name=$(require_value AZURE_ENV_NAME "run azd env new first")
api_client_id=$(require_value AZURE_API_CLIENT_ID "run infra/scripts/register-api-app.sh first")
tenant_id=$(require_value AZURE_API_TENANT_ID "run infra/scripts/register-api-app.sh first")
identity_principal_id=$(require_value AZURE_MANAGED_IDENTITY_PRINCIPAL_ID "run azd provision first")
addin_origin=$(require_value SERVICE_ADDIN_URI "run azd provision first")
taskpane_path=$(env_value ADDIN_TASKPANE_PATH)
taskpane_path=${taskpane_path:-taskpane.html}
addin_host=$(host_of "$addin_origin")

# 1. Federated credential: the authority comes from the signed-in cloud, not a hard-coded host.
authority=$(az cloud show --query endpoints.activeDirectory --output tsv)
credential=$(cat <<JSON
{
  "name": "$FEDERATED_CREDENTIAL_NAME",
  "issuer": "${authority%/}/$tenant_id/v2.0",
  "subject": "$identity_principal_id",
  "audiences": ["api://AzureADTokenExchange"],
  "description": "The OfficeGovernance function app's managed identity acts as this app for on-behalf-of."
}
JSON
)
existing=$(az ad app federated-credential list --id "$api_client_id" \
  --query "[?name=='$FEDERATED_CREDENTIAL_NAME'].id | [0]" --output tsv)
if [[ -n "$existing" ]]; then
  az ad app federated-credential update --id "$api_client_id" --federated-credential-id "$existing" \
    --parameters "$credential" >/dev/null
else
  az ad app federated-credential create --id "$api_client_id" --parameters "$credential" >/dev/null
fi
echo "federated credential $FEDERATED_CREDENTIAL_NAME: subject $identity_principal_id"

# 2. The add-in's app registration.
display_name="OfficeGovernance add-in ($env_name)"
addin_client_id=$(find_app "$(env_value AZURE_ADDIN_CLIENT_ID)" "$display_name")
if [[ -z "$addin_client_id" ]]; then
  addin_client_id=$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg \
    --query appId --output tsv)
  echo "created the app registration '$display_name' ($addin_client_id)"
fi
addin_object_id=$(az ad app show --id "$addin_client_id" --query id --output tsv)
scope_id=$(az ad app show --id "$api_client_id" \
  --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" --output tsv)
[[ -n "$scope_id" ]] || die "the API app $api_client_id exposes no access_as_user scope: run register-api-app.sh"
files_read_all=$(graph_scope_id Files.Read.All)
user_read=$(graph_scope_id User.Read)

spa=$(cat <<JSON
{
  "spa": {
    "redirectUris": $(json_strings "brk-multihub://$addin_host" "${addin_origin%/}/${taskpane_path#/}")
  },
  "requiredResourceAccess": [
    { "resourceAppId": "$api_client_id", "resourceAccess": [{ "id": "$scope_id", "type": "Scope" }] },
    {
      "resourceAppId": "$GRAPH_APP_ID",
      "resourceAccess": [
        { "id": "$user_read", "type": "Scope" },
        { "id": "$files_read_all", "type": "Scope" }
      ]
    }
  ]
}
JSON
)
graph PATCH "/applications/$addin_object_id" "$spa" >/dev/null
az ad sp show --id "$addin_client_id" --query id --output tsv >/dev/null 2>&1 \
  || az ad sp create --id "$addin_client_id" --query id --output tsv >/dev/null
azd env set AZURE_ADDIN_CLIENT_ID "$addin_client_id"
echo "add-in app registration: $display_name, client id $addin_client_id, redirect brk-multihub://$addin_host"

# 3. The API app: the add-in is pre-authorized; so is Office, with the resource URI Office.auth.getAccessToken
# asks for, unless ADDIN_OFFICE_SSO=false (a tenant whose app ID URI policy refuses api://<host>/<id> URIs then
# relies on nested app authentication alone).
office_sso=$(env_value ADDIN_OFFICE_SSO)
clients='the add-in'
api_object_id=$(az ad app show --id "$api_client_id" --query id --output tsv)
mapfile -t uris < <(az ad app show --id "$api_client_id" --query 'identifierUris[]' --output tsv)
pre_authorized="{ \"appId\": \"$addin_client_id\", \"delegatedPermissionIds\": [\"$scope_id\"] }"
if [[ "$office_sso" != false ]]; then
  office_uri="api://$addin_host/$api_client_id"
  [[ " ${uris[*]-} " == *" $office_uri "* ]] || uris+=("$office_uri")
  pre_authorized+=", { \"appId\": \"$OFFICE_CLIENT_ID\", \"delegatedPermissionIds\": [\"$scope_id\"] }"
  clients='the add-in and Office'
fi
# The scopes are sent back as they are, so this PATCH leaves them whatever Graph does with a partial api.
scopes=$(az ad app show --id "$api_client_id" --query api.oauth2PermissionScopes --output json)
api=$(cat <<JSON
{
  "identifierUris": $(json_strings "${uris[@]}"),
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": $scopes,
    "preAuthorizedApplications": [$pre_authorized]
  }
}
JSON
)
graph PATCH "/applications/$api_object_id" "$api" >/dev/null \
  || die "the API app refused identifier URIs ${uris[*]}; if the tenant's policy forbids api://$addin_host/..., run azd env set ADDIN_OFFICE_SSO false and azd provision"
echo "API app: identifier URIs ${uris[*]}; pre-authorized: $clients"
