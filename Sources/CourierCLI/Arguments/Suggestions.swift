/// The candidate closest to `input` by edit distance, when it is close enough to be a typo.
///
/// Close enough: at most a quarter of the input's length in edits, at least 1 and at most 3.
/// Ties go to the earlier candidate. Comparison ignores case.
func closestMatch(to input: String, among candidates: [String]) -> String? {
    let allowed = max(1, min(3, input.count / 4))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(input.lowercased(), candidate.lowercased())
        if distance <= allowed, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// The Levenshtein distance: insertions, deletions and substitutions needed to turn `a` into `b`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// `Did you mean 'x'?`, or nil when nothing is close.
func didYouMean(_ input: String, among candidates: [String]) -> String? {
    closestMatch(to: input, among: candidates).map { "Did you mean '\($0)'?" }
}
