import NIOCore
import NIOPosix

/// A TCP listener that accepts every connection and resets it at once (RST, no answer): a collector whose
/// process or proxy is failing.
struct ResettingListener {
    private let channel: any Channel

    /// The bound port.
    var port: Int { channel.localAddress?.port ?? 0 }

    private final class Resetter: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer

        func channelActive(context: ChannelHandlerContext) {
            // SO_LINGER with a zero timeout makes close send RST instead of FIN.
            let channel = context.channel
            guard let sockets = channel as? any SocketOptionProvider else {
                context.close(promise: nil)
                return
            }
            sockets.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in channel.close(promise: nil) }
        }
    }

    /// Listens on a free loopback port.
    static func start() async throws -> ResettingListener {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Resetter()) }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return ResettingListener(channel: channel)
    }

    /// Stops listening; the port is free again.
    func stop() async throws {
        try await channel.close()
    }
}
