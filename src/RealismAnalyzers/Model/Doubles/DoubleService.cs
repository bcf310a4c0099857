namespace RealismAnalyzers.Model
{
    /// <summary>Test doubles: where they are created, stored, configured, verified and handed over, what their answers are, and which types are plain data or plumbing. One per compilation, reached through <see cref="TestingModel.Doubles"/>; it owns its caches.</summary>
    internal sealed partial class DoubleService
    {
        private readonly TestingModel _model;

        internal DoubleService(TestingModel model)
        {
            _model = model;
        }
    }
}
