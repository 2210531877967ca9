/// Cookie authentication: `POST /ServiceModel/AuthService.svc/Login` and `POST /0/rest/MainMenuService/Logout`
/// (creatio.md 5.1).
enum CookieLogin {
    /// The login route (with and without `/0`) and the logout route.
    static func routes(_ state: CreatioState) -> [Route] {
        ["", "/0"].map { prefix in
            Route(
                ["POST"], prefix + "/ServiceModel/AuthService.svc/Login", { login($0.request, state: state) })
        }
            + ["", "/0"].map { prefix in
                Route(["POST"], prefix + "/rest/MainMenuService/Logout", { logout($0.request, state: state) })
            }
    }

    /// Checks `UserName` / `UserPassword`; success sets `BPMLOADER`, `.ASPXAUTH`, `BPMCSRF` and `UserName`.
    /// A failed login is still 200, with `Code` 1.
    static func login(_ request: ServerRequest, state: CreatioState) -> ServerResponse {
        let body = JSONParser.parse(request.body)
        func field(_ name: String) -> String? {
            if case .string(let value)? = body?[name] { return value }
            return nil
        }
        guard field("UserName") == state.options.user, field("UserPassword") == state.options.password else {
            return .json(
                .object([
                    ("Code", .int(1)), ("Message", .string("Invalid username or password specified.")),
                    (
                        "Exception",
                        .object([
                            ("HelpLink", .null), ("InnerException", .null),
                            ("Message", .string("Invalid username or password specified.")),
                            ("StackTrace", .null),
                            ("Type", .string("Terrasoft.Core.InvalidCredentialsException")),
                        ])
                    ),
                    ("PasswordChangeUrl", .null), ("RedirectUrl", .null),
                ]))
        }
        let auth = randomToken(64)
        let csrf = randomToken(22)
        state.addSession(auth: auth, csrf: csrf)
        state.count { $0.logins += 1 }
        var response = ServerResponse.json(
            .object([
                ("Code", .int(0)), ("Message", .string("")), ("Exception", .null),
                ("PasswordChangeUrl", .null),
                ("RedirectUrl", .null),
            ]))
        let userName = state.options.user.unicodeScalars.map { String($0.value) }.joined(separator: "|")
        response.headers += [
            ("Set-Cookie", "BPMLOADER=\(randomToken(24)); path=/; HttpOnly"),
            ("Set-Cookie", ".ASPXAUTH=\(auth); path=/; HttpOnly"),
            ("Set-Cookie", "BPMCSRF=\(csrf); path=/"),
            ("Set-Cookie", "UserName=\(userName); expires=Fri, 01 Jan 2100 00:00:00 GMT; path=/; HttpOnly"),
        ]
        return response
    }

    /// Ends the session named by the `.ASPXAUTH` cookie and expires the cookies.
    static func logout(_ request: ServerRequest, state: CreatioState) -> ServerResponse {
        if let auth = CookieRoutes.requestCookies(request).last(where: { $0.0 == ".ASPXAUTH" })?.1 {
            state.removeSession(auth: auth)
        }
        var response = ServerResponse.json(.object([]))
        for name in [".ASPXAUTH", "BPMCSRF", "BPMLOADER"] {
            response.headers.append(("Set-Cookie", "\(name)=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"))
        }
        return response
    }

    /// `count` random upper-case hex characters.
    private static func randomToken(_ count: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String((0..<count).map { _ in digits[Int.random(in: 0..<16)] })
    }
}
