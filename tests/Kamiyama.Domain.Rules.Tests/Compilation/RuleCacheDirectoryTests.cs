using System.Runtime.InteropServices;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// The choice of the default cache folder, given a made-up environment: nothing of this machine's is read or changed.
/// What .NET gives for the home folder: "" when <c>HOME</c> is unset and the user has no passwd entry, when it is
/// empty and there is none, and when it names a folder that does not exist.
/// </summary>
public sealed class RuleCacheDirectoryTests
{
    private static readonly string Root = Path.GetPathRoot(Path.GetTempPath())!;
    private static readonly string Home = Path.Combine(Root, "home", "aiko");
    private static readonly string Temp = Path.Combine(Root, "scratch", "tmp");

    private static readonly CacheEnvironment Machine = new()
    {
        Home = Home,
        TempPath = Temp,
        UserName = "aiko",
        Platform = OSPlatform.Linux,
        DirectoryExists = folder => folder == Home || folder == Temp,
        OthersMayWrite = _ => true,
    };

    public static TheoryData<string> UnusableHomes => new()
    {
        string.Empty,
        "   ",
        Path.Combine(Root, "nonexistent"),
        Path.Combine("home", "aiko"),
    };

    [Fact]
    public void Choose_HomeExists_IsTheXdgDefaultUnderIt()
    {
        Assert.Equal(Path.Combine(Home, ".cache", "kamiyama", "rules"), RuleCacheDirectory.Choose(Machine));
    }

    [Theory]
    [MemberData(nameof(UnusableHomes))]
    public void Choose_NoUsableHome_IsAPerUserFolderInTheTemporaryFolder(string home)
    {
        var chosen = RuleCacheDirectory.Choose(Machine with { Home = home });

        Assert.Equal(Path.Combine(Temp, "kamiyama-aiko", "rules"), chosen);
        Assert.True(Path.IsPathFullyQualified(chosen!));
    }

    [Theory]
    [MemberData(nameof(UnusableHomes))]
    public void Choose_NoUsableHomeOnMacOS_IsThePerUserTemporaryFolder(string home)
    {
        Assert.Equal(Path.Combine(Temp, "kamiyama-aiko", "rules"), RuleCacheDirectory.Choose(Machine with { Home = home, Platform = OSPlatform.OSX }));
    }

    [Fact]
    public void Choose_HomeOnMacOS_IsLibraryCaches()
    {
        Assert.Equal(Path.Combine(Home, "Library", "Caches", "kamiyama", "rules"), RuleCacheDirectory.Choose(Machine with { Platform = OSPlatform.OSX }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AppData")]
    [InlineData("missing")]
    public void Choose_NoUsableLocalApplicationDataOnWindows_IsThePerUserTemporaryFolder(string folder)
    {
        var local = folder == "missing" ? Path.Combine(Root, "Users", "aiko", "AppData", "Local") : folder;

        var chosen = RuleCacheDirectory.Choose(Machine with { Platform = OSPlatform.Windows, LocalApplicationData = local });

        Assert.Equal(Path.Combine(Temp, "kamiyama-aiko", "rules"), chosen);
    }

    [Fact]
    public void Choose_LocalApplicationDataOnWindows_IsUnderIt()
    {
        var local = Path.Combine(Root, "Users", "aiko", "AppData", "Local");

        var chosen = RuleCacheDirectory.Choose(Machine with { Platform = OSPlatform.Windows, LocalApplicationData = local, DirectoryExists = f => f == local });

        Assert.Equal(Path.Combine(local, "kamiyama", "rules"), chosen);
    }

    [Fact]
    public void Choose_AbsoluteXdgCacheHome_IsUsedEvenWithoutAHome()
    {
        var xdg = Path.Combine(Root, "cache", "aiko");

        Assert.Equal(Path.Combine(xdg, "kamiyama", "rules"), RuleCacheDirectory.Choose(Machine with { Home = string.Empty, XdgCacheHome = xdg }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cache")]
    [InlineData(".cache")]
    public void Choose_RelativeOrEmptyXdgCacheHome_IsIgnored(string xdg)
    {
        Assert.Equal(Path.Combine(Home, ".cache", "kamiyama", "rules"), RuleCacheDirectory.Choose(Machine with { XdgCacheHome = xdg }));
        Assert.Equal(Path.Combine(Temp, "kamiyama-aiko", "rules"), RuleCacheDirectory.Choose(Machine with { XdgCacheHome = xdg, Home = string.Empty }));
    }

    [Fact]
    public void Choose_EnvironmentVariable_WinsOverEverything()
    {
        var configured = Path.Combine(Root, "srv", "kamiyama-cache");

        Assert.Equal(configured, RuleCacheDirectory.Choose(Machine with { Configured = configured, XdgCacheHome = Path.Combine(Root, "xdg") }));
        Assert.Equal(configured, RuleCacheDirectory.Choose(Machine with { Configured = configured, Home = string.Empty }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Choose_BlankEnvironmentVariable_IsIgnored(string configured)
    {
        Assert.Equal(Path.Combine(Home, ".cache", "kamiyama", "rules"), RuleCacheDirectory.Choose(Machine with { Configured = configured }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tmp")]
    [InlineData("./tmp/")]
    public void Choose_NoHomeAndARelativeTemporaryFolder_IsNoCacheRatherThanTheCurrentFolder(string temp)
    {
        Assert.Null(RuleCacheDirectory.Choose(Machine with { Home = string.Empty, TempPath = temp }));
    }

    [Fact]
    public void Choose_PrivilegedWithoutAHome_UsesOnlyAPrivateTemporaryFolder()
    {
        var privileged = Machine with { Home = string.Empty, Privileged = true, UserName = "root" };

        Assert.Null(RuleCacheDirectory.Choose(privileged with { OthersMayWrite = _ => true }));
        Assert.Equal(Path.Combine(Temp, "kamiyama-root", "rules"), RuleCacheDirectory.Choose(privileged with { OthersMayWrite = _ => false }));
        Assert.Equal(Path.Combine(Home, ".cache", "kamiyama", "rules"), RuleCacheDirectory.Choose(privileged with { Home = Home }));
    }

    [Theory]
    [InlineData("aiko", "kamiyama-aiko")]
    [InlineData("上山 愛子", "kamiyama-上山_愛子")]
    [InlineData("CITY\\aiko", "kamiyama-CITY_aiko")]
    [InlineData("../..", "kamiyama-.._..")]
    [InlineData("", "kamiyama")]
    public void Choose_UserName_MakesOneFolderNameInTheTemporaryFolder(string user, string folder)
    {
        Assert.Equal(Path.Combine(Temp, folder, "rules"), RuleCacheDirectory.Choose(Machine with { Home = string.Empty, UserName = user }));
    }
}
