#!/usr/bin/env bash
# Run once by an administrator after `azd up` (not an azd hook: it needs Entra and SharePoint admin roles).
# Grants the function app's managed identity the Graph application permissions the weekly run needs, as
# narrowly as Graph allows (docs/adr-0012-graph-permissions-of-the-managed-identity.md):
#   - Sites.Selected, and write on the one portfolio site (the run downloads the workbook and saves the
#     Review tables into it): no other site is reachable;
#   - AgentIdentity.Read.All, Application.Read.All and User.ReadBasic.All for the agent sync (sync-agents,
#     POST /api/agents/sync; docs/adr-0028-agent-sync-from-entra-agent-id.md): read-only, to list the tenant's
#     agent identities, their owners, and the owners' and sponsors' addresses. Listing sponsors needs
#     AgentIdentity.ReadWrite.All, a write permission: it is NOT granted (the sync says sponsors are unreadable
#     and leaves KillSwitchOwner to people);
#   - Mail.Send is NOT granted in Entra (that grant covers every mailbox of the tenant). The script prints
#     the Exchange Online PowerShell commands that give it through RBAC for Applications, scoped to the
#     sender mailbox, and refuses to go on while a tenant-wide Mail.Send grant exists.
# It also grants admin consent to the delegated permissions of the API and add-in app registrations.
#
# Usage: grant-graph-permissions.sh --site https://contoso.sharepoint.com/sites/portfolio \
#          --sender weekly-status@contoso.org [--site-granted]
#   --site-granted  the site's write grant was given with Graph PowerShell (README): do not touch it
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$script_dir/lib.sh"

usage() {
  sed -n '/^# Usage:/,/^set /p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

site_url=''
sender=''
site_granted=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --site) site_url=${2:-}; shift 2 ;;
    --sender) sender=${2:-}; shift 2 ;;
    --site-granted) site_granted=true; shift ;;
    -h | --help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[[ $site_url == https://*/* ]] || { echo "--site must be the https URL of the portfolio site" >&2; usage; }
[[ $sender == ?*@?* ]] || { echo "--sender must be the mailbox the weekly status is sent from" >&2; usage; }

require_command az "the Azure CLI, signed in with az login as an administrator of the tenant"

env_name=$(require_value AZURE_ENV_NAME "run azd env new first")
identity_principal_id=$(require_value AZURE_MANAGED_IDENTITY_PRINCIPAL_ID "run azd provision first")
identity_client_id=$(require_value AZURE_MANAGED_IDENTITY_CLIENT_ID "run azd provision first")
api_client_id=$(require_value AZURE_API_CLIENT_ID "run infra/scripts/register-api-app.sh first")
addin_client_id=$(require_value AZURE_ADDIN_CLIENT_ID "run infra/scripts/configure-entra.sh first")

graph_principal_id=$(az ad sp show --id "$GRAPH_APP_ID" --query id --output tsv)
sites_selected=$(graph_app_role_id Sites.Selected)
mail_send=$(graph_app_role_id Mail.Send)
[[ -n "$sites_selected" && -n "$mail_send" ]] || die "Microsoft Graph lacks Sites.Selected or Mail.Send"
# The agent sync's read-only roles, in the order the README names them.
agent_sync_roles=(AgentIdentity.Read.All Application.Read.All User.ReadBasic.All)

assignments="/servicePrincipals/$identity_principal_id/appRoleAssignments"

# Mail.Send through Entra would reach every mailbox: stop until it is removed.
tenant_wide=$(az rest --method GET --url "https://graph.microsoft.com/v1.0$assignments" \
  --query "value[?appRoleId=='$mail_send'].id | [0]" --output tsv)
if [[ -n "$tenant_wide" ]]; then
  die "the identity holds Mail.Send for every mailbox of the tenant; remove that grant first:
  az rest --method DELETE --url https://graph.microsoft.com/v1.0$assignments/$tenant_wide"
fi

granted=$(az rest --method GET --url "https://graph.microsoft.com/v1.0$assignments" \
  --query "value[?appRoleId=='$sites_selected'].id | [0]" --output tsv)
if [[ -z "$granted" ]]; then
  graph POST "$assignments" "{\"principalId\":\"$identity_principal_id\",\"resourceId\":\"$graph_principal_id\",\"appRoleId\":\"$sites_selected\"}" >/dev/null
fi
echo "Sites.Selected granted to the managed identity ($identity_client_id)"

for role_name in "${agent_sync_roles[@]}"; do
  role_id=$(graph_app_role_id "$role_name")
  [[ -n "$role_id" ]] || die "Microsoft Graph lacks the application permission $role_name"
  held=$(az rest --method GET --url "https://graph.microsoft.com/v1.0$assignments" \
    --query "value[?appRoleId=='$role_id'].id | [0]" --output tsv)
  if [[ -z "$held" ]]; then
    graph POST "$assignments" "{\"principalId\":\"$identity_principal_id\",\"resourceId\":\"$graph_principal_id\",\"appRoleId\":\"$role_id\"}" >/dev/null
  fi
done
echo "${agent_sync_roles[*]} granted to the managed identity (the agent sync reads agent identities and their owners)"

# The site: https://host/sites/name -> GET /sites/host:/sites/name
if [[ $site_granted == false ]]; then
  refused="the Azure CLI's sign-in may not manage $site_url: grant it with Graph PowerShell (README, Deploy to Azure) and rerun with --site-granted"
  site_host=$(host_of "$site_url")
  site_path=/${site_url#https://"$site_host"/}
  site_path=${site_path%/}
  site_id=$(az rest --method GET --url "https://graph.microsoft.com/v1.0/sites/$site_host:$site_path" \
    --query id --output tsv) || die "$refused"
  has_write=$(az rest --method GET --url "https://graph.microsoft.com/v1.0/sites/$site_id/permissions" \
    --query "value[?grantedToIdentitiesV2[?application.id=='$identity_client_id']] | length(@)" --output tsv) \
    || die "$refused"
  if [[ "$has_write" == 0 ]]; then
    graph POST "/sites/$site_id/permissions" "{\"roles\":[\"write\"],\"grantedToIdentities\":[{\"application\":{\"id\":\"$identity_client_id\",\"displayName\":\"OfficeGovernance ($env_name)\"}}]}" >/dev/null \
      || die "$refused"
  fi
  echo "write on $site_url granted to the managed identity"
fi

# Delegated permissions the users would otherwise each consent to.
az ad app permission admin-consent --id "$api_client_id"
az ad app permission admin-consent --id "$addin_client_id"
echo "admin consent granted to the API ($api_client_id) and add-in ($addin_client_id) registrations"

scope_name="OfficeGovernance sender ($env_name)"
cat <<POWERSHELL

Mail.Send, limited to $sender: run in Exchange Online PowerShell (Connect-ExchangeOnline, as an
Exchange administrator). RBAC for Applications grants it per mailbox, which Entra cannot.

  New-ServicePrincipal -AppId $identity_client_id -ObjectId $identity_principal_id -DisplayName "OfficeGovernance ($env_name)"
  New-ManagementScope -Name "$scope_name" -RecipientRestrictionFilter "PrimarySmtpAddress -eq '$sender'"
  New-ManagementRoleAssignment -App $identity_client_id -Role "Application Mail.Send" -CustomResourceScope "$scope_name"
  Test-ServicePrincipalAuthorization -Identity $identity_client_id -Resource $sender

The last command must show Application Mail.Send with InScope True for $sender, and InScope False for any
other mailbox.
POWERSHELL
