using RealismAnalyzers.AnalysisModes;

// Usage: RealismAnalyzers.AnalysisModes <output folder>
//   Writes one .globalconfig per analysis mode that needs one (see AnalysisModeRules), from the descriptors.
// Usage: RealismAnalyzers.AnalysisModes --listings <repository root>
//   Brings the lists of rules outside the code (README tables, every-rule configs, release tracking) in step with the descriptors.
if (args.Length == 2 && args[0] == "--listings")
{
    var rules = RuleCatalog.RealismRules();
    foreach (var listing in RuleListings.All)
    {
        var path = Path.Combine(args[1], listing.Path);
        var text = File.ReadAllText(path);
        var updated = listing.Update(text, rules, args[1]);
        if (updated != text)
        {
            File.WriteAllText(path, updated);
            Console.WriteLine($"updated {listing.Path}");
        }
    }

    return 0;
}

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: RealismAnalyzers.AnalysisModes <output folder> | --listings <repository root>");
    return 2;
}

var descriptors = RuleCatalog.Realism();
if (descriptors.Count == 0)
{
    Console.Error.WriteLine("RealismAnalyzers.AnalysisModes: no rule found in the analyzer assembly.");
    return 1;
}

Directory.CreateDirectory(args[0]);
foreach (var mode in AnalysisModeRules.ModesWithAConfig)
{
    var path = Path.Combine(args[0], AnalysisModeRules.FileName(mode));
    File.WriteAllText(path, AnalysisModeRules.Render(mode, descriptors));
}

Console.WriteLine($"RealismAnalyzers.AnalysisModes: {descriptors.Count} rules, {AnalysisModeRules.ModesWithAConfig.Count} configs in {args[0]}");
return 0;
