// The data roles of the app's identity, and nothing more: Storage Blob Data Owner (deployment packages and
// the host's blob leases), Storage Queue Data Contributor (the weekly queue), Storage Table Data Contributor
// (decision log, weekly status, registered workbooks), all on the one account; Monitoring Metrics Publisher
// on Application Insights (telemetry with local auth off).

@description('Name of the storage account the roles are scoped to.')
param storageAccountName string

@description('Name of the Application Insights component the publisher role is scoped to.')
param applicationInsightsName string

@description('Object id of the managed identity\'s service principal.')
param principalId string

@description('Name of the log head anchor container (WORM); the identity appends to it.')
param anchorContainerName string

// Built-in role definition ids (the same in every tenant).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

var storageRoles = [
  storageBlobDataOwner
  storageQueueDataContributor
  storageTableDataContributor
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storageAccount.id, principalId, roleId)
    scope: storageAccount
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

resource anchorContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  name: '${storageAccountName}/default/${anchorContainerName}'
}

// The weekly run appends the log heads with the identity (never a key), scoped to the anchor container.
resource anchorWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(anchorContainer.id, principalId, storageBlobDataContributor)
  scope: anchorContainer
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}
