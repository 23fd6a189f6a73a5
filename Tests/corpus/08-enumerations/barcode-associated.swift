enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}

func describe(_ code: Barcode) {
    switch code {
    case .upc(let numberSystem, let manufacturer, let product, let check):
        print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
    case .qrCode(let productCode):
        print("QR code: \(productCode).")
    }
}

var productBarcode = Barcode.upc(8, 85909, 51226, 3)
describe(productBarcode)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
describe(productBarcode)
