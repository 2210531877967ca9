/// Courier's version, printed by `courier --version` as `courier <version>`.
public let courierVersion = "0.1.0"
