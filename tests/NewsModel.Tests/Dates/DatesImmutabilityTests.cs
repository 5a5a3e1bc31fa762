using System.Reflection;
using System.Runtime.CompilerServices;
using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

/// <summary>Keeps the promise that every public date type is immutable (values, options, results, the parser).</summary>
public class DatesImmutabilityTests
{
    private static IEnumerable<Type> PublicDateTypes() =>
        typeof(NewsDateParser).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NewsModel.Dates" && !t.IsEnum && !(t.IsAbstract && t.IsSealed));

    [Fact]
    public void Every_instance_field_is_readonly_and_no_property_has_a_public_setter()
    {
        var types = PublicDateTypes().ToList();
        types.Should().Contain([typeof(JalaliDate), typeof(JalaliDateTime), typeof(DateMatch), typeof(DateParseOptions), typeof(NewsDateParser), typeof(DateParseResult)]);
        var problems = new List<string>();
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!field.IsInitOnly)
                {
                    problems.Add($"{type.Name}.{field.Name} is a mutable field");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    problems.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }
        }

        problems.Should().BeEmpty();
    }
}
