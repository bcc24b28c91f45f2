// OfficeGovernance in one resource group: the backend on Flex Consumption, its storage, identity and
// monitoring, and the add-in's static hosting. `azd up` deploys it (README, "Deploy to Azure").
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; with the subscription and the region it seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region of every resource but the Static Web App; it must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region of the Static Web App that serves the add-in; Static Web Apps run in these regions only.')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param staticWebAppLocation string = 'westeurope'

@minLength(36)
@maxLength(36)
@description('Client id of the API app registration (AZURE_API_CLIENT_ID, written by infra/scripts/register-api-app.sh).')
param apiClientId string

@description('Tenant of the API app registration (AZURE_API_TENANT_ID); empty means the tenant of this subscription.')
param apiTenantId string = ''

@description('NCRONTAB schedule of the weekly status timer, with seconds, in UTC.')
param weeklyStatusSchedule string = '0 0 7 * * Mon'

@description('Attempts per workbook when a user saves during the weekly run; empty keeps the backend\'s default.')
param weeklyStatusMaxAttempts string = ''

@description('true to sync each workbook\'s Agents table from Microsoft Entra Agent ID before the weekly review (needs the agent sync\'s Graph permissions); empty keeps it off.')
param weeklyStatusSyncAgents string = ''

@description('Workbooks for the weekly run besides those registered from the add-in (driveId/itemId;...); empty for none.')
param weeklyStatusWorkbooks string = ''

@description('Microsoft Graph base URL; empty keeps the backend\'s default.')
param graphBaseUrl string = ''

@description('Most bytes a request body may hold (413 past it); empty keeps the backend\'s default (50 MB).')
param httpMaxRequestBytes string = ''

@description('Most rows one table of a request may hold (400 past it); empty keeps the backend\'s default (1,040,000).')
param httpMaxTableRows string = ''

@description('Most cells all tables of a request may hold (400 past it); empty keeps the backend\'s default (8,000,000).')
param httpMaxRequestCells string = ''

@description('Deepest nesting a JSON request body may have (400 past it); empty keeps the backend\'s default (16).')
param httpMaxJsonDepth string = ''

@description('Most characters a decision\'s Why, WhatChanged, RiskNote or RequestedBy may hold; empty keeps the backend\'s default (4,000).')
param decisionLogMaxTextLength string = ''

@description('The default and largest page of GET /api/decisions, in entries; empty keeps the backend\'s default (500).')
param decisionLogPageSize string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var authTenantId = empty(apiTenantId) ? tenant().tenantId : apiTenantId

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    anchorContainerName: 'decision-log-anchors'
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
    anchorContainerName: storage.outputs.anchorContainerName
  }
}

module addin 'app/static-web-app.bicep' = {
  name: 'addin'
  scope: resourceGroup
  params: {
    name: '${abbrs.webStaticSites}addin-${resourceToken}'
    location: staticWebAppLocation
    tags: tags
  }
}

module api 'app/function-app.bicep' = {
  name: 'api'
  scope: resourceGroup
  // The host reaches storage with the identity's roles from its first start.
  dependsOn: [
    rbac
  ]
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    anchorContainerName: storage.outputs.anchorContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    authTenantId: authTenantId
    authClientId: apiClientId
    allowedOrigins: [
      addin.outputs.origin
    ]
    weeklyStatusSchedule: weeklyStatusSchedule
    weeklyStatusMaxAttempts: weeklyStatusMaxAttempts
    weeklyStatusWorkbooks: weeklyStatusWorkbooks
    weeklyStatusSyncAgents: weeklyStatusSyncAgents
    graphBaseUrl: graphBaseUrl
    decisionLogMaxTextLength: decisionLogMaxTextLength
    decisionLogPageSize: decisionLogPageSize
    httpMaxRequestBytes: httpMaxRequestBytes
    httpMaxTableRows: httpMaxTableRows
    httpMaxRequestCells: httpMaxRequestCells
    httpMaxJsonDepth: httpMaxJsonDepth
  }
}

@description('Region of the deployment (azd).')
output AZURE_LOCATION string = location

@description('Tenant of the subscription (azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group of every resource (azd).')
output AZURE_RESOURCE_GROUP string = resourceGroup.name

@description('Tenant whose tokens the API accepts.')
output AZURE_API_TENANT_ID string = authTenantId

@description('Name of the function app (azd service api).')
output SERVICE_API_NAME string = api.outputs.name

@description('https origin of the API; its routes are under /api.')
output SERVICE_API_URI string = api.outputs.origin

@description('Name of the Static Web App (azd service addin).')
output SERVICE_ADDIN_NAME string = addin.outputs.name

@description('https origin of the add-in\'s task pane and manifest.')
output SERVICE_ADDIN_URI string = addin.outputs.origin

@description('Client id of the app\'s managed identity.')
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Object id of the managed identity\'s service principal (federated credential subject, Graph grants).')
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId

@description('Name of the storage account.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Table endpoint of the decision log (DecisionLog__TableEndpoint), for operators\' CLI runs.')
output AZURE_TABLE_ENDPOINT string = 'https://${storage.outputs.name}.table.${environment().suffixes.storage}'
