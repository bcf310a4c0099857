namespace Shop.Catalog;

public sealed record Product(string Sku, string Name, decimal UnitPrice, bool IsDiscontinued = false);

public interface IProductCatalog
{
    Product? Find(string sku);
}
