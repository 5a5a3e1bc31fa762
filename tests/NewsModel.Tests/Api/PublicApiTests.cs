using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace NewsModel.Tests.Api;

/// <summary>
/// Keeps the public surface deliberate: the whole API is compared with an approved text file, and every public
/// type is checked to be immutable from the outside.
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly Library = typeof(Article).Assembly;

    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var api = Library.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Api", "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (!string.Equals(api.ReplaceLineEndings("\n"), approved, StringComparison.Ordinal))
        {
            // Leave the new text beside the approved one so a deliberate change is one file copy away.
            var received = Path.Combine(AppContext.BaseDirectory, "Api", "PublicApi.received.txt");
            File.WriteAllText(received, api);
            api.ReplaceLineEndings("\n").Should().Be(approved, $"a change to the public API must be deliberate: review {received} and copy it over tests/NewsModel.Tests/Api/PublicApi.approved.txt");
        }
    }

    [Fact]
    public void No_public_type_can_be_changed_after_it_is_built()
    {
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.FullName}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral && !type.IsEnum)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is a writable public field");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
