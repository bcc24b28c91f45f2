// The one storage account: Flex Consumption deployment packages (a blob container), the Functions host
// (blob leases, the weekly queue and its poison queue) and the tables (decision log, weekly status records,
// registered workbooks). Shared keys are off, so only Entra identities with data roles reach it.

@description('Name of the storage account (3 to 24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Region of the account.')
param location string

@description('Tags of every resource (azd-env-name).')
param tags object

@description('Blob container that holds the function app\'s deployment packages.')
param deploymentContainerName string

@description('Blob container of the decision log heads the weekly run appends (DecisionLog__AnchorContainerUri), under a time-based immutability (WORM) policy.')
param anchorContainerName string

@description('Days each anchored head stays immutable (appends allowed, no change or delete); lock the policy once it is right (docs/adr-0033-worm-anchor-of-the-log-head.md).')
@minValue(1)
param anchorRetentionDays int = 2555

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    dnsEndpointType: 'Standard'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The log heads anchored outside the log (docs/rules.md#decision-log): append blobs whose lines can be added and
// never changed or deleted while the policy holds (protected append writes).
resource anchorContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: anchorContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource anchorImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: anchorContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: anchorRetentionDays
    allowProtectedAppendWrites: true
  }
}

@description('Name of the storage account.')
output name string = account.name

@description('Name of the log head anchor container.')
output anchorContainerName string = anchorContainer.name

@description('Name of the deployment package container.')
output deploymentContainerName string = deploymentContainer.name
