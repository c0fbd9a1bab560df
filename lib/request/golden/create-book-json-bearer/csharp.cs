using System.Net.Http.Headers;
var client = new HttpClient();
var request = new HttpRequestMessage
{
  Method = HttpMethod.Post,
  RequestUri = new Uri("https://api.bookshelf.example/v1/books"),
  Headers =
  {
    { "Accept", "application/json" },
    { "Authorization", "Bearer YOUR_TOKEN" },
  },
  Content = new StringContent("{\n  \"title\": \"The Adventure of the Dancing Men\",\n  \"authorId\": \"au_004\",\n  \"genre\": \"mystery\",\n  \"tags\": [\n    \"detective\",\n    \"short-story\"\n  ],\n  \"publishedYear\": 1903,\n  \"price\": {\n    \"amount\": 12.5,\n    \"currency\": \"GBP\"\n  },\n  \"format\": {\n    \"type\": \"print\",\n    \"binding\": \"hardcover\",\n    \"pages\": 48\n  },\n  \"publisher\": {\n    \"name\": \"Harbor Lane Press\",\n    \"address\": {\n      \"street\": \"221 Baker Street\",\n      \"city\": \"London\",\n      \"postalCode\": \"NW1 6XE\",\n      \"country\": \"GB\"\n    }\n  }\n}")
  {
    Headers =
    {
      ContentType = new MediaTypeHeaderValue("application/json")
    }
  }
};
using (var response = await client.SendAsync(request))
{
  response.EnsureSuccessStatusCode();
  var body = await response.Content.ReadAsStringAsync();
  Console.WriteLine(body);
}
