import CourierModel

extension Runner {
    /// Why the run stops after `execution` under `--bail folder` (a script or request error; a
    /// failed assertion alone does not count), or nil when it goes on.
    func errorBailReason(after execution: Execution) -> String? {
        guard options.abortOnError else { return nil }
        let error = execution.requestError ?? execution.scriptErrors.first?.error
        guard let error else { return nil }
        return "the run was aborted by an error in \"\(execution.item.fullName)\" (--bail folder): "
            + "\(error.name): \(error.message)"
    }
}
