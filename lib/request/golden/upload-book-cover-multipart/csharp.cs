using System.Net.Http.Headers;
var client = new HttpClient();
var request = new HttpRequestMessage
{
  Method = HttpMethod.Put,
  RequestUri = new Uri("https://api.bookshelf.example/v1/books/bk_001/cover"),
  Headers =
  {
    { "Accept", "application/json" },
    { "X-API-Key", "YOUR_API_KEY" },
  },
  Content = new MultipartFormDataContent
  {
    new StringContent("")
    {
      Headers =
      {
        ContentType = new MediaTypeHeaderValue("image/png"),
        ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
          Name = "file",
          FileName = "cover.png",
        }
      }
    },
    new StringContent("A dark blue cover with the title in white capitals, and the author's name")
    {
      Headers =
      {
        ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
          Name = "altText",
        }
      }
    },
  },
};
using (var response = await client.SendAsync(request))
{
  response.EnsureSuccessStatusCode();
  var body = await response.Content.ReadAsStringAsync();
  Console.WriteLine(body);
}
