// The one identity the function app runs as: host storage, deployment package, decision log, App Insights
// ingestion, Graph and the on-behalf-of exchange (as the API app's federated credential) all use it.

@description('Name of the user-assigned managed identity.')
param name string

@description('Region of the identity.')
param location string

@description('Tags of every resource (azd-env-name).')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Client (application) id of the identity: AZURE_CLIENT_ID of the app, and the app id the Sites.Selected grant names.')
output clientId string = identity.properties.clientId

@description('Object id of the identity\'s service principal: the subject of the API app\'s federated credential.')
output principalId string = identity.properties.principalId
