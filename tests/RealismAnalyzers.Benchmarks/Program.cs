using System.Globalization;
using BenchmarkDotNet.Running;
using RealismAnalyzers.Benchmarks;

// report [sizes] [runs]      the figures of docs/performance.md (sizes comma-separated, default 1000,10000,100000)
// ide [tests] [runs]         the large-file (single document) figures
// profile [tests] [seconds] every rule over the corpus in a loop, for a sampling profiler
// bdn [BenchmarkDotNet args] the BenchmarkDotNet suites (sizes from REALISM_BENCH_SIZES, default 1000,10000)
var mode = args.Length > 0 ? args[0] : "report";
switch (mode)
{
    case "report":
    {
        var sizes = (args.Length > 1 ? args[1] : "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine();
        await Report.WarmUpAsync();
        foreach (var size in sizes)
        {
            // The largest corpora take many minutes per compilation on a shared 2-core machine: measured once, without Emit and baseline.
            Console.WriteLine(await Report.CorpusAsync(size, size >= 100_000 ? 1 : runs, full: size < 100_000));
            Console.WriteLine($"(load average after: {LoadAverage()})");
            Console.WriteLine();
        }

        break;
    }

    case "ide":
    {
        var tests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        await Report.WarmUpAsync();
        Console.WriteLine(await Report.LargeFileAsync(tests, runs));
        Console.WriteLine($"(load average after: {LoadAverage()})");
        break;
    }

    case "ablate":
    {
        // ablate [tests] [analyzer] [runs]: the process CPU time of a whole analysis with no rule, every rule, and every rule but one —
        // the real extra cost of a rule, including binding it triggers before the driver would have (which telemetry charges to it).
        var tests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var without = args.Length > 2 ? args[2] : "RA2007";
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        await Report.WarmUpAsync();
        Console.WriteLine(await Report.AblateAsync(tests, without, runs));
        break;
    }

    case "profile":
    {
        // profile [tests] [seconds]: analyses the corpus with every rule in a loop, for a sampling profiler to attach to
        // (dotnet-trace collect --format speedscope -- dotnet RealismAnalyzers.Benchmarks.dll profile 1000 60).
        var tests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;
        var workload = await CorpusWorkload.CreateAsync(tests);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var passes = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < workload.Projects.Length; i++)
            {
                await CorpusWorkload.AnalyzeAsync(workload.Compilation(i), AnalyzerSets.Realism());
            }

            passes++;
        }

        Console.WriteLine($"{passes} passes over {tests} tests in {clock.Elapsed.TotalSeconds:F0} s");
        break;
    }

    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Report).Assembly).Run([.. args.Skip(1)], BenchmarkConfig.Create());
        break;

    default:
        Console.Error.WriteLine("usage: report [sizes] [runs] | ide [tests] [runs] | ablate [tests] [analyzer] [runs] | profile [tests] [seconds] | bdn [BenchmarkDotNet arguments]");
        return 2;
}

return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
