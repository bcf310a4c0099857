using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Tests;

public class RoslynVersionTests
{
    [Fact]
    public void The_tests_of_this_project_run_on_Microsoft_CodeAnalysis_4_8()
    {
        var version = typeof(Compilation).Assembly.GetName().Version!;
        Assert.Equal(new Version(4, 8, 0, 0), version);
    }
}
