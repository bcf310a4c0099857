namespace RealismAnalyzers.Model
{
    /// <summary>Assertions: which calls and methods check something, what they compare, whether they can fail, and the user's assertion conventions. One per compilation, reached through <see cref="TestingModel.Assertions"/>; it owns its caches.</summary>
    internal sealed partial class AssertionService
    {
        private readonly TestingModel _model;

        internal AssertionService(TestingModel model)
        {
            _model = model;
        }
    }
}
