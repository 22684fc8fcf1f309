using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Memorization.Cli.Infrastructure;

/// <summary>Spectre's help, with the exit-code table (<see cref="ExitCodes"/>) under every command's help.</summary>
public sealed class ExitCodeHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(4).PadRight(3).NoWrap()).AddColumn();
        foreach ((int code, string meaning) in ExitCodes.Table)
        {
            grid.AddRow(new Text(code.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(meaning));
        }

        var lines = new List<IRenderable> { new Text(Environment.NewLine), new Markup("[yellow]EXIT CODES:[/]" + Environment.NewLine), grid };
        return [.. base.GetFooter(model, command), .. lines];
    }
}
