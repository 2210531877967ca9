/// `GET|HEAD /`: a 200 HTML page, standing in for the home pages of hosts the newman cases reach through
/// connect-to (google.com and github.com over http, expired.badssl.com over https).
enum StandInHostRoutes {
    static let routes: [Route] = [
        Route(
            ["GET"], "/",
            { _ in
                .text(
                    "<!DOCTYPE html><html><head><title>Courier test server</title></head><body></body></html>",
                    contentType: "text/html; charset=utf-8")
            })
    ]
}
