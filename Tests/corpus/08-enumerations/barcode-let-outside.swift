enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}

let codes = [Barcode.qrCode("XYZ"), Barcode.upc(0, 12345, 67890, 5)]
for code in codes {
    switch code {
    case let .upc(numberSystem, manufacturer, product, check):
        print("UPC : \(numberSystem), \(manufacturer), \(product), \(check).")
    case let .qrCode(productCode):
        print("QR code: \(productCode).")
    }
}
print(codes[0])
print(codes[1])
