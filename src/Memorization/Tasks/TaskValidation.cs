namespace Memorization.Tasks;

/// <summary>Shared parameter checks with messages that name the parameter and its valid range.</summary>
internal static class TaskValidation
{
    internal static void AtLeast(int value, int minimum, string parameter, string meaning)
    {
        if (value < minimum)
        {
            throw new InvalidParameterException(parameter, $"{meaning} must be at least {minimum}; got {value}.");
        }
    }
}
