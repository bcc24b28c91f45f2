// The backend: a Flex Consumption plan and the function app on the dotnet-isolated runtime, running as the
// user-assigned identity, with every app setting the backend's options read (README, "Deploy to Azure").

@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Region of the plan and the app.')
param location string

@description('Tags of every resource (azd-env-name).')
param tags object

@description('azd service name in azure.yaml that deploys to this app.')
param serviceName string = 'api'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the storage account (host storage, deployment packages, tables).')
param storageAccountName string

@description('Blob container of the deployment packages.')
param deploymentContainerName string

@description('Blob container (WORM) where the weekly run appends each decision log\'s head.')
param anchorContainerName string

@description('Application Insights connection string (no key: local auth is off).')
param applicationInsightsConnectionString string

@description('Tenant of the API app registration, whose tokens the API accepts.')
param authTenantId string

@description('Client id of the API app registration (exposes access_as_user; on-behalf-of through its federated credential).')
param authClientId string

@description('Origins allowed to call the API from a browser: the add-in\'s task pane.')
param allowedOrigins array

@description('NCRONTAB schedule of the weekly status timer (with seconds, in UTC).')
param weeklyStatusSchedule string

@description('Attempts per workbook when a concurrent save conflicts; empty keeps the backend\'s default.')
param weeklyStatusMaxAttempts string

@description('Workbooks for the weekly run besides the registered ones, as driveId/itemId separated by ;. Empty: none.')
param weeklyStatusWorkbooks string

@description('true to sync the Agents table from Microsoft Entra Agent ID before each weekly review; empty keeps the backend\'s default (off).')
param weeklyStatusSyncAgents string

@description('Most bytes a request body may hold (413 past it); empty keeps the backend\'s default (50 MB).')
param httpMaxRequestBytes string

@description('Most rows one table of a request may hold (400 past it); empty keeps the backend\'s default (1,040,000).')
param httpMaxTableRows string

@description('Most cells all tables of a request may hold (400 past it); empty keeps the backend\'s default (8,000,000).')
param httpMaxRequestCells string

@description('Deepest nesting a JSON request body may have (400 past it); empty keeps the backend\'s default (16).')
param httpMaxJsonDepth string

@description('Most characters a decision\'s text fields may hold; empty keeps the backend\'s default (4,000).')
param decisionLogMaxTextLength string

@description('The default and largest page of GET /api/decisions, in entries; empty keeps the backend\'s default (500).')
param decisionLogPageSize string

@description('Graph base URL; empty keeps the backend\'s default (https://graph.microsoft.com/v1.0).')
param graphBaseUrl string

@description('Most instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var storageSuffix = environment().suffixes.storage
var blobEndpoint = 'https://${storageAccountName}.blob.${storageSuffix}'

// Every setting the backend reads in Azure, in one place (the Infra tests compare these names with the
// backend's options). Values here are never keys: storage and App Insights are reached with the identity.
var appSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: 'https://${storageAccountName}.queue.${storageSuffix}'
  AzureWebJobsStorage__tableServiceUri: 'https://${storageAccountName}.table.${storageSuffix}'
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  AZURE_CLIENT_ID: identityClientId
  Auth__TenantId: authTenantId
  Auth__Audience: 'api://${authClientId}'
  Auth__ClientId: authClientId
  DecisionLog__TableEndpoint: 'https://${storageAccountName}.table.${storageSuffix}'
  DecisionLog__AnchorContainerUri: '${blobEndpoint}/${anchorContainerName}'
  Workbooks__Store: 'Graph'
  Graph__Credential: 'ManagedIdentity'
  WeeklyStatus__Schedule: weeklyStatusSchedule
}

// Optional settings are left out when empty, so the backend's own defaults apply.
var optionalAppSettings = {
  Graph__BaseUrl: graphBaseUrl
  WeeklyStatus__MaxAttempts: weeklyStatusMaxAttempts
  WeeklyStatus__Workbooks: weeklyStatusWorkbooks
  WeeklyStatus__SyncAgents: weeklyStatusSyncAgents
  DecisionLog__MaxTextLength: decisionLogMaxTextLength
  DecisionLog__PageSize: decisionLogPageSize
  Http__MaxRequestBytes: httpMaxRequestBytes
  Http__MaxTableRows: httpMaxTableRows
  Http__MaxRequestCells: httpMaxRequestCells
  Http__MaxJsonDepth: httpMaxJsonDepth
}

var presentOptionalAppSettings = toObject(
  filter(items(optionalAppSettings), setting => !empty(setting.value)),
  setting => setting.key,
  setting => setting.value
)

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: allowedOrigins
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}/${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(appSettings, presentOptionalAppSettings)
}

// Deployments go through Entra (azd uses the deployment container), so basic publishing credentials are off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = functionApp.name

@description('https origin of the API, without a trailing slash (the routes are under /api).')
output origin string = 'https://${functionApp.properties.defaultHostName}'
