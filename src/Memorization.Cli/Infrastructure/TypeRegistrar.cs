using Spectre.Console.Cli;

namespace Memorization.Cli.Infrastructure;

/// <summary>A minimal container for Spectre.Console.Cli: singletons by type, commands built by their constructor.</summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = [];

    public void Register(Type service, Type implementation) => _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        _factories[service] = () => lazy.Value;
    }

    public ITypeResolver Build() => new TypeResolver(this);

    internal object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_factories.TryGetValue(type, out Func<object>? factory))
        {
            return factory();
        }

        // Spectre asks for IEnumerable<T> of optional services (help providers…): give what is registered, else none.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type item = type.GetGenericArguments()[0];
            Array items = Array.CreateInstance(item, _factories.ContainsKey(item) ? 1 : 0);
            if (items.Length == 1)
            {
                items.SetValue(_factories[item](), 0);
            }

            return items;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        object?[] arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }

    private sealed class TypeResolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => registrar.Resolve(type);
    }
}
