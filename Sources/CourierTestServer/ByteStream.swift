/// The bytes of one connection; a plain socket today, a TLS session later.
protocol ByteStream: AnyObject {
    /// Reads up to `count` bytes into `pointer`; 0 at end of stream, negative on error or timeout.
    func receive(_ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int
    /// Writes every byte; false when the peer is gone.
    func send(_ bytes: [UInt8]) -> Bool
}

/// A `ByteStream` over a connected socket.
final class SocketStream: ByteStream {
    let fd: Int32

    init(fd: Int32) {
        self.fd = fd
    }

    func receive(_ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        Platform.receive(fd, pointer, count)
    }

    func send(_ bytes: [UInt8]) -> Bool {
        Platform.sendAll(fd, bytes)
    }
}
