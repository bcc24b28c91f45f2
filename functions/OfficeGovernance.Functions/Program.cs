return await OfficeGovernance.Functions.Cli.CommandLineApp.RunAsync(args);
