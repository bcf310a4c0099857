namespace RealismAnalyzers.Model
{
    /// <summary>Time and tasks: sleeps and waits, wall-clock and random reads, blocking on tasks, and what the frameworks' own analyzers already report. One per compilation, reached through <see cref="TestingModel.ClockAndTasks"/>; it owns its caches.</summary>
    internal sealed partial class ClockAndTaskService
    {
        private readonly TestingModel _model;

        internal ClockAndTaskService(TestingModel model)
        {
            _model = model;
        }
    }
}
