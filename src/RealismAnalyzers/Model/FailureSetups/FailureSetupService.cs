namespace RealismAnalyzers.Model
{
    /// <summary>Failure paths: doubles made to fail, expected exceptions and how broad they are, outcome checks, and where a data-driven test's values go. One per compilation, reached through <see cref="TestingModel.FailureSetups"/>; it owns its caches.</summary>
    internal sealed partial class FailureSetupService
    {
        private readonly TestingModel _model;

        internal FailureSetupService(TestingModel model)
        {
            _model = model;
        }
    }
}
