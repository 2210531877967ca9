/// Runs a collection as `courier run` was asked to, and returns the process exit code.
///
/// Stub: the run is wired in by the runner work; until then it says so and returns 0.
public func runCommand(_ options: RunCommandOptions) -> Int32 {
    print("not implemented")
    return 0
}
