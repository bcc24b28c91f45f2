// Static hosting of the Excel add-in's built task pane (HTML, JavaScript, icons, manifest.xml) over https;
// azd deploys the add-in's dist folder to it (host: staticwebapp).

@description('Name of the Static Web App.')
param name string

@description('Region of the Static Web App (only some regions host them).')
param location string

@description('Tags of every resource (azd-env-name).')
param tags object

@description('azd service name in azure.yaml that deploys to this app.')
param serviceName string = 'addin'

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

@description('Name of the Static Web App.')
output name string = staticWebApp.name

@description('https origin of the task pane, without a trailing slash.')
output origin string = 'https://${staticWebApp.properties.defaultHostname}'
