require 'uri'
require 'net/http'

url = URI("https://api.bookshelf.example/v1/books")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Accept"] = 'application/json'
request["Content-Type"] = 'application/json'
request["Authorization"] = 'Bearer YOUR_TOKEN'
request.body = "{\n  \"title\": \"The Adventure of the Dancing Men\",\n  \"authorId\": \"au_004\",\n  \"genre\": \"mystery\",\n  \"tags\": [\n    \"detective\",\n    \"short-story\"\n  ],\n  \"publishedYear\": 1903,\n  \"price\": {\n    \"amount\": 12.5,\n    \"currency\": \"GBP\"\n  },\n  \"format\": {\n    \"type\": \"print\",\n    \"binding\": \"hardcover\",\n    \"pages\": 48\n  },\n  \"publisher\": {\n    \"name\": \"Harbor Lane Press\",\n    \"address\": {\n      \"street\": \"221 Baker Street\",\n      \"city\": \"London\",\n      \"postalCode\": \"NW1 6XE\",\n      \"country\": \"GB\"\n    }\n  }\n}"

response = http.request(request)
puts response.read_body
