import Foundation

extension PriceTable {
    /// Mistral AI's published API prices (standard tier, not batch), in USD, keyed by dated model id with the
    /// `-latest` aliases mapped.
    ///
    /// Shipped as `mistral-prices.json`, embedded in the binary (no resource bundle has to sit beside a deployed
    /// executable); its ``source`` names where the prices come from and ``date`` when they were checked. Retired
    /// dated ids keep the price they were sold at. `mistral-ocr-*` is billed per page (see
    /// ``PriceTable/cost(model:pages:)``). Prices change: override them with a JSON file of the same form
    /// (``PriceTable/init(json:base:)``, `WINDSOCK_PRICES_FILE` or `WINDSOCK_PRICES` in the SDK).
    /// Should the embedded document ever fail to read, the table is ``empty`` (every cost unknown) rather than
    /// wrong; a test keeps it readable.
    public static let mistral: PriceTable = {
        (try? PriceTable(json: Data(PackageResources.mistral_prices_json))) ?? .empty
    }()
}
