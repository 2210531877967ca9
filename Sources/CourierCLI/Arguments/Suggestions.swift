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

/// The edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
/// characters (optimal string alignment), so `rnu` is one edit from `run`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                best = min(best, table[i - 2][j - 2] + 1)
            }
            table[i][j] = best
        }
    }
    return table[a.count][b.count]
}
/// `Did you mean 'x'?`, or nil when nothing is close.
func didYouMean(_ input: String, among candidates: [String]) -> String? {
    closestMatch(to: input, among: candidates).map { "Did you mean '\($0)'?" }
}
